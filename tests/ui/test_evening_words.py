"""The evening report speaks of what the player did in the player's own words."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import end_the_day, focus_keys, focus_on, open_first_day, press

if TYPE_CHECKING:
    from game.ui.app import App


def test_cutting_a_friend_is_told_as_what_the_player_did_not_as_the_friend_speaking(
    app: App,
) -> None:
    day = open_first_day(app)
    press(app, pygame.K_3)  # Friends
    key = next(k for k in focus_keys(app) if k.startswith("unfriend "))
    name = day.session.level.characters[key.split()[-1]].name
    focus_on(app, key)
    press(app, pygame.K_RETURN)
    end_the_day(app)
    assert app.top.name == "evening"
    body = app.top.body()
    assert f"{name}: You removed them." not in body
    assert f"You removed {name} from your friends." in body
