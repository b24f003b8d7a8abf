"""A friend who drops a listed player says why in the level's words ('over your Court list
status (Listed)'), not in the engine's word for a score level ('your tier is now Listed')."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.core import events as ev
from tests.ui.drive import end_the_day, press, start_level

if TYPE_CHECKING:
    from game.ui.app import App


def test_a_friend_who_drops_a_listed_player_says_so_without_the_word_tier(
    game_app: App,
) -> None:
    start_level(game_app, "the_list")
    lost: list[ev.FriendLost] = []
    for _ in range(80):
        if game_app.top.name == "debrief":
            break
        if game_app.top.name == "day":
            lost = [e for e in game_app.top.session.events if isinstance(e, ev.FriendLost)]
            if lost:
                break
            end_the_day(game_app)
        else:
            press(game_app, pygame.K_RETURN)
    assert lost, "nobody dropped the listed player: the setup no longer shows the line"
    assert all("tier" not in e.reason and "(Listed)" in e.reason for e in lost)
