"""A label's meaning shown level with a focused button never covers that card's text: at
200% on a 1024x600 window, Tab onto Sesame Garden's "Pay" put the tip left of the button,
over the card's title and its own [Reported] label, in every level's Services tab."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame
import pytest
from pygame_gui.elements import UITextBox

from game.ui.focus import shown_part
from tests.ui.drive import FRAME, day_one, focus_on, press

if TYPE_CHECKING:
    from game.ui.app import App


@pytest.mark.parametrize(
    ("level", "key"),
    [("sesame_garden", "apply pay_utilities"), ("citizen_score_2020", "apply flight")],
)
def test_the_tip_of_a_focused_service_leaves_its_card_text_uncovered(
    small_big_text: App, level: str, key: str
) -> None:
    app = small_big_text
    day_one(app, level)
    press(app, pygame.K_4, frames=30)  # Services
    focus_on(app, key)
    for _ in range(4):
        app.tick(FRAME)
    assert app.tip.key is not None, "the card has an evidence label"
    focused = app.top.focus.focused()
    cards = app.top.phones["Services"].cards
    card = next(c for c in cards if any(e is focused for _, e, _, _ in c.items))
    words = [shown_part(w) for w in card.widgets if isinstance(w, UITextBox)]
    drawn = app.tip.shown(app.kit, app.screen.get_size())
    assert drawn is None or not any(drawn.colliderect(r) for r in words), (drawn, words)
