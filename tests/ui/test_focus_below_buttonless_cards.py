"""With a small window and large text only the cards in view are built at first; when those
have no button (an offer the player cannot afford), focus still goes down to the first card
that has one, not up to a tab or to "End the day"."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import day_one, press

if TYPE_CHECKING:
    from game.ui.app import App


def _pay_the_judgment_in_full(app: App) -> None:
    """Services, its first card, Pay: the card goes, and the next one in view (Mum's
    operation, 1,500) is out of reach with the 500 left."""
    press(app, pygame.K_4, frames=20)
    press(app, pygame.K_DOWN)
    assert app.top.focus.current_key() == "apply pay_full"
    press(app, pygame.K_RETURN, frames=10)


def test_after_paying_the_first_offer_focus_goes_to_the_next_offer_with_a_button(
    small_big_text: App,
) -> None:
    app = small_big_text
    day_one(app, "the_list")
    _pay_the_judgment_in_full(app)
    assert app.top.focus.current_key() == "apply high_speed_train"
