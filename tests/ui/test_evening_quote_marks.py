"""The evening quotes with the same marks as the levels' own text (straight quotes, as
level files and the research they quote are written), not curly marks on some lines and
straight ones on the next."""

from __future__ import annotations

from html import unescape
from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import day_one, end_the_day, press

if TYPE_CHECKING:
    from game.ui.app import App

CURLY = "\u2018\u2019\u201c\u201d"


def _evenings(app: App, level_id: str, days: int) -> list[str]:
    """The text of each of the first `days` evenings, every day ended at once."""
    day_one(app, level_id)
    said = []
    for _ in range(days):
        end_the_day(app)
        assert app.top.name == "evening"
        said.append(unescape(app.top.body()))
        press(app, pygame.K_RETURN)
        while app.top.name == "prompt":
            press(app, pygame.K_ESCAPE)
    return said


def test_the_evenings_quote_with_straight_marks_only(game_app: App) -> None:
    said = "\n".join(_evenings(game_app, "citizen_score_2020", 5))
    assert '"' in said  # the level's own quotes, and the posts told tonight
    assert not [mark for mark in CURLY if mark in said]
