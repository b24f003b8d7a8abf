"""On the projector's score chart the class median line runs through the tier bands; a tier
name it crossed would be unreadable from the back of the room."""

from __future__ import annotations

import pygame

from game.classroom.code import make_code
from game.classroom.levels import shipped_levels
from game.classroom.report import build_report
from tests.classroom.conftest import bot_results


def test_no_tier_name_on_the_projector_chart_is_crossed_by_the_median_line() -> None:
    from game.ui.app import App
    from game.ui.scenes.class_debrief import ClassDebriefScene
    from game.ui.scenes.flow import Director

    level = next(lv for lv in shipped_levels() if lv.id == "nosedive")
    code = make_code(level.id, level.content_hash, 1)
    report = build_report([bot_results(level, code, i) for i in range(4)], level)
    app = App((1280, 800))
    try:
        app.replace(ClassDebriefScene(app.kit, app, Director(app), report))
        app.tick(0.016)
        pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_RIGHT, mod=0))
        app.tick(0.016)
        app.tick(0.016)
        chart, screen = app.top.chart, pygame.display.get_surface()
        assert chart is not None and chart.labels
        ink = pygame.Color(app.kit.colours.ink)
        for rect in chart.labels:
            pixels = [
                screen.get_at((x, y))
                for x in range(rect.left, rect.right)
                for y in range(rect.top, rect.bottom)
            ]
            assert ink not in pixels, rect
    finally:
        pygame.quit()
