"""A colleague the player starts as friends with is called a colleague under their face on
the briefing, as the Friends tab calls them: Sesame Garden's briefing said "Hao · friend"
and the Friends tab "Hao · colleague" for the same team leader."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pygame

from game.ui.scenes.briefing import BriefingScene
from tests.ui.drive import page_texts, press, start_level

if TYPE_CHECKING:
    from game.ui.app import App


def test_sesame_gardens_briefing_calls_hao_a_colleague_as_the_friends_tab_does(
    game_app: App,
) -> None:
    start_level(game_app, "sesame_garden")
    scene = game_app.top
    assert isinstance(scene, BriefingScene)
    assert "Hao \u00b7 colleague" in scene.tags
    press(game_app, pygame.K_RETURN)  # Start day 1
    while game_app.top.name == "prompt":
        press(game_app, pygame.K_ESCAPE)
    press(game_app, pygame.K_3, frames=30)  # Friends
    shown = [re.sub("<[^>]+>", "", t) for t in page_texts(game_app)]
    assert any(t.startswith("Hao \u00b7 colleague") for t in shown)


def test_fico_countrys_briefing_says_who_each_close_person_is_where_the_page_has_room(
    game_app: App,
) -> None:
    """Their names with the relation ran wider than two faces, so the row dropped the
    relations, though three quarters of the row stood empty."""
    start_level(game_app, "fico_country")
    assert game_app.top.tags == [
        "Rosa Reyes \u00b7 family",
        "Tomas Reyes \u00b7 family",
        "Kayla Brooks \u00b7 friend",
        "Marcus Webb \u00b7 friend",
    ]
