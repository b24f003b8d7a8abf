"""An evening never tells again what the evening before already listed under Tomorrow."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.core import events as ev
from game.core.content.loader import load_level
from game.paths import level_files
from tests.ui.drive import end_the_day, press

if TYPE_CHECKING:
    from game.ui.app import App


def test_a_restriction_announced_for_tomorrow_is_not_reported_again_the_next_evening(
    game_app: App,
) -> None:
    from game.ui.scenes.flow import start_scenes

    path = next(p for p in level_files() if p.stem == "fico_country")
    level = load_level(path).level
    game_app.director = start_scenes(game_app, level, None, None)
    game_app.tick(0.016)
    announced: list[str] = []
    repeated: list[str] = []
    while game_app.top.name != "debrief":
        name = game_app.top.name
        if name == "evening":
            report = game_app.top.report
            repeated += [line for line in report.lines if line in announced]
            announced = list(report.morning)
            press(game_app, pygame.K_RETURN)
        elif name == "day":
            end_the_day(game_app)
        else:
            press(game_app, pygame.K_RETURN)
    assert any(e.restriction for e in game_app.top.session.of_type(ev.RestrictionApplied))
    assert repeated == []
