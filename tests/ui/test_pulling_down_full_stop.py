"""Each line of "Pulling your Rating down" ends as a sentence does: Nosedive's read "Kit
Moreno: their Rating is below yours. A friend below 3.00 drags your rating down", the last
sentence without its full stop."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import day_one, press

if TYPE_CHECKING:
    from game.ui.app import App


def test_every_reason_a_friend_pulls_the_score_down_ends_with_a_full_stop(game_app: App) -> None:
    day = day_one(game_app, "nosedive")
    press(game_app, pygame.K_3, frames=20)  # Friends
    rows = [row.markup for row in day.phones["Friends"].rows]
    name = day.session.level.spec.score.name
    start = rows.index(f"<b>Pulling your {name} down</b>") + 1
    down = rows[start : rows.index("<b>Your friends</b>")]
    assert len(down) >= 2
    assert all(m.endswith(".") for m in down), down
