"""When a post appears in the player's name, the evening quotes what it says rather than
repeating the news line above it ("A post you did not write appeared in your name")."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import day_one, end_the_day, press

if TYPE_CHECKING:
    from game.ui.app import App


def test_the_evening_before_a_post_in_your_name_quotes_its_words(game_app: App) -> None:
    app = game_app
    day_one(app, "citizen_score_2020")
    level = app.top.session.level
    for _ in range(5):
        end_the_day(app)
        assert app.top.name == "evening"
        body = app.top.body()
        press(app, pygame.K_RETURN)
        while app.top.name == "prompt":
            press(app, pygame.K_ESCAPE)
    words = escape(level.posts["p_fake"].text)
    assert f"&quot;{words}&quot;" in body
    assert "A post you did not write appeared" not in body
