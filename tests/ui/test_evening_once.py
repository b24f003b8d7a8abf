"""The evening report's "Tomorrow" lines are not repeated in the Today panel behind it; they
join Today once the report is closed."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.ui.scenes.day import DayScene
from game.ui.scenes.overlays import EveningScene
from tests.ui.drive import end_the_day, open_first_day, press

if TYPE_CHECKING:
    from game.ui.app import App


def _on_screen(app: App) -> str:
    sprites = app.kit.manager.get_sprite_group().sprites()
    return " ".join(getattr(e, "html_text", "") for e in sprites if e.alive() and e.visible)


def _evening(app: App) -> tuple[DayScene, EveningScene]:
    day = open_first_day(app)
    end_the_day(app)
    for _ in range(5):
        app.tick(0.016)
    evening = app.top
    assert isinstance(evening, EveningScene) and evening.report.morning
    return day, evening


def test_the_morning_lines_show_once_while_the_evening_report_is_open(app: App) -> None:
    _, evening = _evening(app)
    text = _on_screen(app)
    for line in evening.report.morning:
        assert text.count(line) == 1, line


def test_the_morning_lines_join_today_when_the_report_closes(app: App) -> None:
    day, evening = _evening(app)
    news = [line for line in evening.report.morning if not line.endswith(" left.")]
    assert news  # the report's own count of days left is not news for Today
    press(app, pygame.K_RETURN, frames=4)
    assert app.top is day or app.top.name == "prompt"
    assert all(line in day.log for line in news)


def test_an_evening_with_no_morning_news_says_the_days_left_without_a_tomorrow_heading(
    app: App,
) -> None:
    from dataclasses import replace

    _, evening = _evening(app)
    assert "<b>Tomorrow</b>" in evening.body()
    evening.report = replace(evening.report, morning=[])
    text = evening.body()
    assert "Tomorrow" not in text and text.endswith(evening.report.left)
