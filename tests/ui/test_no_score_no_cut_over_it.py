"""A player who has not joined an opt-in score has no score, so nobody drops them for having
too low a one: they are dropped for having none. In Sesame Garden, a player who stays out and
befriends Mei on day 1 read that evening "You stay out, so you have no Sesame score" and, two
lines above it, "Mei: Cut ties with you because your Sesame score is below 600"."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.core import events as ev
from tests.ui.drive import day_one, end_the_day, focus_on, press

if TYPE_CHECKING:
    from game.ui.app import App


def test_a_player_outside_the_beta_is_not_cut_for_a_score_they_have_not_got(
    game_app: App,
) -> None:
    day_one(game_app, "sesame_garden")  # the join question left: "Not now" counts
    press(game_app, pygame.K_3, frames=30)  # Friends
    focus_on(game_app, "befriend mei")
    press(game_app, pygame.K_RETURN, frames=5)
    assert "mei" in game_app.top.world.friends
    end_the_day(game_app)
    assert game_app.top.name == "evening"
    lost = [e for e in game_app.top.events if isinstance(e, ev.FriendLost)]
    assert not any("score is below" in e.reason for e in lost), [e.reason for e in lost]
    assert "Cut ties with you: you have no Sesame score." in [e.reason for e in lost]
