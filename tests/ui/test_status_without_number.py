"""Where the score has no number (The List: listed or not), the tier is the score: the left
panel and the Score tab name it once ('Court list status: Not listed'), without the word
'tier' and without saying the state twice."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import press, start_level

if TYPE_CHECKING:
    from game.ui.app import App


def _day(app: App):
    start_level(app, "the_list")
    press(app, pygame.K_RETURN)  # Start day 1
    while app.top.name != "day":
        press(app, pygame.K_ESCAPE)
    return app.top


def test_the_left_panel_names_the_list_status_without_the_word_tier(game_app: App) -> None:
    day = _day(game_app)
    line = day._tier_markup()
    assert "Not listed" in line
    assert "tier" not in line


def test_the_score_tab_says_not_listed_once(game_app: App) -> None:
    day = _day(game_app)
    press(game_app, pygame.K_5)
    head = day._phone_rows("Score")[0].markup
    assert head.count("Not listed") == 1
    assert "tier" not in head
