"""Acting on the last card of a long list keeps the list where it is: focus stays on that
card's other button, it does not jump to the first card at the top of the list."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import FRAME, button, click, day_one, focus_keys, focus_on, press

if TYPE_CHECKING:
    from game.ui.app import App


def test_sharing_the_last_post_in_the_feed_leaves_focus_on_that_post(game_app: App) -> None:
    day_one(game_app, "nosedive")
    press(game_app, pygame.K_2, frames=30)  # Feed
    last = focus_keys(game_app)[-1]
    assert last == "share kit_no_job"
    focus_on(game_app, last)  # Tab scrolls the list down to it
    box = game_app.top.phone_box
    before = -box.get_container().get_relative_rect().top
    click(game_app, button(game_app, last))
    for _ in range(10):
        game_app.tick(FRAME)
    assert game_app.top.focus.current_key() == "like kit_no_job"
    assert -box.get_container().get_relative_rect().top >= before // 2
