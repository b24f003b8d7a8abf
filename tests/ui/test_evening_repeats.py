"""An evening never tells again what the evening before already listed under Tomorrow."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.core import events as ev
from tests.ui.drive import end_the_day, press, start_level

if TYPE_CHECKING:
    from game.ui.app import App


def test_a_restriction_announced_for_tomorrow_is_not_reported_again_the_next_evening(
    game_app: App,
) -> None:
    start_level(game_app, "fico_country")
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
