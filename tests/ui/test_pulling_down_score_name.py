"""The Friends tab names the level's own score when it says why a friend pulls yours down."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import day_one, press

if TYPE_CHECKING:
    from game.ui.app import App


def test_the_friends_tab_says_a_friends_rating_is_below_yours_in_nosedive(game_app: App) -> None:
    day = day_one(game_app, "nosedive")
    press(game_app, pygame.K_3)
    rows = [row.markup for row in day.phones["Friends"].rows]
    name = day.session.level.spec.score.name
    down = rows[rows.index(f"<b>Pulling your {name} down</b>") + 1 :]
    assert any(f"their {name} is below yours" in m for m in down), down
    assert not any("their score is below" in m for m in rows)
