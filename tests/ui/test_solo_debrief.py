"""A run played alone ends on the player's own story: the debrief opens on what they did,
not on where the game keeps its files."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.classroom.files import list_results
from tests.ui.drive import end_the_day, open_first_day, press

if TYPE_CHECKING:
    from game.ui.app import App


def _play_alone_to_the_debrief(app: App) -> None:
    open_first_day(app, answer=pygame.K_RETURN)
    for _ in range(60):
        if app.top.name == "debrief":
            return
        if app.top.name == "day":
            end_the_day(app)
        else:
            press(app, pygame.K_RETURN)  # the pre-ticked answer, or Continue after the evening
    raise AssertionError(f"never reached the debrief; stuck on {app.top.name}")


def test_a_solo_debrief_opens_on_the_turning_points_not_on_a_file_path(app: App) -> None:
    _play_alone_to_the_debrief(app)
    assert list_results(), "the finished run is still kept for a later class debrief"
    shown = app.top.points_box.html_text
    assert "Turning points" in shown
    assert str(list_results()[0]) not in shown
    assert "saved in" not in shown
