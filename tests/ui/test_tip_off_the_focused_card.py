"""After an action taken with the keyboard, focus moves to the next card and the meaning of
that card's evidence label shows: the tip goes above or below the card, never over it (level
with the button it covered the card's own title and price)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pygame
import pytest

from tests.ui.drive import FRAME, day_one, pay_the_lists_judgment

if TYPE_CHECKING:
    from game.ui.app import App
    from game.ui.scenes.cards import Card


@pytest.fixture(params=[((1280, 720), 100), ((1024, 600), 100), ((1280, 720), 150)])
def sized(request: pytest.FixtureRequest) -> Iterator[App]:
    from game.ui.app import App
    from game.ui.store import Settings

    size, scale = request.param
    application = App(size, Settings(text_scale=scale))
    yield application
    pygame.quit()


def _card_rect(card: Card) -> pygame.Rect:
    rects = [w.get_abs_rect() for w in card.widgets]
    return rects[0].unionall(rects[1:])


def test_the_tip_after_a_keyboard_action_leaves_the_next_focused_card_uncovered(
    sized: App,
) -> None:
    app = sized
    day_one(app, "the_list")
    pay_the_lists_judgment(app)  # by keyboard: focus goes on to the train's Book
    for _ in range(3):
        app.tick(FRAME)
    assert app.top.focus.current_key() == "apply high_speed_train"
    assert app.tip.key is not None, "the train's card has an evidence label"
    focused = app.top.focus.focused()
    card = next(c for c in app.top.phones["Services"].cards if c.items and c.items[0][1] is focused)
    tip = app.tip.rect(app.kit, app.screen.get_size())
    assert not tip.colliderect(_card_rect(card)), (tip, _card_rect(card))
    assert app.top.phone_rect.contains(tip)
