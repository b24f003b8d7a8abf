"""The evening tells where a friendship ended the day: in Nosedive, Priya accepted the
player's request and cut ties with them the same evening (their Rating was below 4.30); the
report said only "Priya Vance is now your friend.", the cut was left out for lack of room,
and the Friends tab next morning offered "Befriend" again with no word why."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.ui.scenes.overlays import EveningScene
from tests.ui.drive import FRAME, day_one, end_the_day, focus_on, press

if TYPE_CHECKING:
    from game.ui.app import App


def test_a_friend_made_and_lost_the_same_day_is_told_as_lost_in_the_evening(
    game_app: App,
) -> None:
    app = game_app
    day_one(app, "nosedive")
    press(app, pygame.K_3, frames=20)  # Friends
    focus_on(app, "befriend priya")
    press(app, pygame.K_RETURN, frames=10)
    assert "priya" in app.top.world.friends
    end_the_day(app)
    for _ in range(5):
        app.tick(FRAME)
    evening = app.top
    assert isinstance(evening, EveningScene)
    assert "priya" not in evening.nav.stack[0].world.friends
    said = " ".join(evening.report.lines)
    assert "Priya Vance: Cut ties with you" in said
    assert "Priya Vance is now your friend" not in said
