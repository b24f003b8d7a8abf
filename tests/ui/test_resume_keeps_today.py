"""A game continued from the title shows the Today list the player left: it used to be
rebuilt from the morning's events alone, so the lines the day's actions had added (the
"You answered: ..." of a question) were gone."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import focus_keys, focus_on, press, start_level

if TYPE_CHECKING:
    from game.ui.app import App

TOLD = "You answered: Five stars, like everyone does."


def test_a_continued_game_shows_the_answer_told_before_leaving(game_app: App) -> None:
    from game.ui.app import App
    from game.ui.scenes.flow import start_scenes

    start_level(game_app, "nosedive")
    press(game_app, pygame.K_RETURN)  # Start day 1
    focus_on(game_app, "\u2611 Five stars, like everyone does")
    press(game_app, pygame.K_RETURN, frames=5)
    left = list(game_app.top.log)
    assert TOLD in left  # saved after the answer, as after every action
    again = App()
    again.director = start_scenes(again, None, None, None)
    again.tick(0.016)
    focus_on(again, next(k for k in focus_keys(again) if k.startswith("Continue:")))
    press(again, pygame.K_RETURN, frames=10)
    assert again.top.name == "day"
    assert again.top.log == left
