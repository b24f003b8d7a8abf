"""Help (F1) tells a player who plays with the mouse how a day goes, before the keys."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import day_one, press

if TYPE_CHECKING:
    from game.ui.app import App


def test_help_says_how_a_day_is_played_before_it_lists_the_keys(game_app: App) -> None:
    day_one(game_app, "sesame_garden")
    press(game_app, pygame.K_F1)
    help_scene = game_app.top
    assert help_scene.name == "help"
    body = help_scene.body()
    assert "Pick a tab on the phone" in body and "End the day" in body
    assert body.index("End the day") < body.index("With the keyboard")
