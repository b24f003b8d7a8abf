"""Today's lines mark good news with a green up triangle and bad news with a red down one,
as the toasts are coloured; other news keeps its bullet."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.core import events as ev
from tests.ui.drive import button, click, day_one, focus_on, press, start_level

if TYPE_CHECKING:
    from game.ui.app import App
    from game.ui.scenes.day import DayScene

UP, DOWN = "\u25b2", "\u25bc"


def _latte(app: App) -> DayScene:
    """Nosedive's first day, the latte bought (its photo raises the rating)."""
    day = day_one(app, "nosedive")
    click(app, button(app, "buy latte_art"))
    assert day.session.of_type(ev.ScoreChanged)
    return day


def _today(day: DayScene) -> list[str]:
    return [row.markup for row in day._news_rows()[1:]]


def test_a_rise_in_the_score_is_marked_with_a_green_up_triangle(game_app: App) -> None:
    day = _latte(game_app)
    (line,) = [m for m in _today(day) if "five-star" in m]
    assert line.startswith(f"<font color='{day.kit.colours.good}'>{UP}</font>")


def test_a_purchase_is_news_without_a_mark(game_app: App) -> None:
    day = _latte(game_app)
    (line,) = [m for m in _today(day) if "You bought" in m]
    assert line.startswith("\u2022") and UP not in line and DOWN not in line


def test_a_fall_in_the_score_is_marked_with_a_red_down_triangle(game_app: App) -> None:
    start_level(game_app, "nosedive")
    press(game_app, pygame.K_RETURN)  # Start day 1
    while game_app.top.name == "prompt":  # the honest rating: the driver rates you back
        focus_on(game_app, "\u2610 Three stars, the honest rating")
        press(game_app, pygame.K_RETURN)
    day = game_app.top
    (line,) = [row.markup for row in day._news_rows()[1:] if "rated you back" in row.markup]
    assert line.startswith(f"<font color='{day.kit.colours.bad}'>{DOWN}</font>")
