"""The last evening tells what became of every goal: it judges each goal still open, and with
the score's move and three reasons the report had room for two of Nosedive's three verdicts,
so "Post one true thing" was never mentioned before the debrief."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import play_days, press, start_level

if TYPE_CHECKING:
    from game.ui.app import App


def test_the_last_evening_names_every_goal_it_judged(game_app: App) -> None:
    app = game_app
    start_level(app, "nosedive")
    press(app, pygame.K_RETURN)  # Start day 1

    def last_evening(a: App) -> bool:
        return a.top.name == "evening" and a.top.session.world.ended

    play_days(app, last_evening)
    level = app.top.session.level
    lines = app.top.report.lines
    for goal in level.spec.goals:
        assert any(goal.label in line for line in lines), (goal.label, lines)
