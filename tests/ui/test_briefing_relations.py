"""The briefing says who each close person is to the player, under their face, where the
words fit beside the name: The List's row read "Mum", "Hu Jun", "Cousin Gang", "Ms Chen",
"Xiaoyu", and a first-time player could not tell a friend from family."""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.ui.scenes.briefing import BriefingScene
from tests.ui.drive import start_level

if TYPE_CHECKING:
    from game.ui.app import App


def test_the_lists_briefing_names_each_close_person_with_their_relation(game_app: App) -> None:
    start_level(game_app, "the_list")
    scene = game_app.top
    assert isinstance(scene, BriefingScene)
    assert scene.tags == [
        "Mum \u00b7 family",
        "Hu Jun \u00b7 friend",
        "Cousin Gang \u00b7 family",
        "Ms Chen \u00b7 friend",
        "Xiaoyu \u00b7 family",
    ]


def test_a_row_whose_relations_would_need_another_line_keeps_the_names_alone(
    small_big_text: App,
) -> None:
    start_level(small_big_text, "the_list")
    scene = small_big_text.top
    assert isinstance(scene, BriefingScene)
    assert scene.tags == ["Mum", "Hu Jun", "Cousin Gang", "Ms Chen", "Xiaoyu"]
