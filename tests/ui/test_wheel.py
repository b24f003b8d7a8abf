"""Mouse-wheel notches that arrive in one frame all scroll the list, not only the last one."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import FRAME, day_one, press

if TYPE_CHECKING:
    from game.ui.app import App


def _offset(app: App) -> int:
    return -app.top.phone_box.get_container().get_relative_rect().top


def _wheel(app: App, notches: int) -> int:
    """Scroll the phone's list down by `notches` posted in one frame; how far it went."""
    start = _offset(app)
    for _ in range(notches):
        wheel = {"x": 0, "y": -1, "precise_x": 0.0, "precise_y": -1.0, "flipped": False}
        pygame.event.post(pygame.event.Event(pygame.MOUSEWHEEL, wheel))
    for _ in range(60):  # the list glides to where the wheel sent it
        app.tick(FRAME)
    return _offset(app) - start


def test_three_wheel_notches_in_one_frame_scroll_three_times_as_far_as_one(game_app: App) -> None:
    day_one(game_app, "citizen_score_2020")
    press(game_app, pygame.K_2, frames=30)  # Feed: a long list
    pos = game_app.top.phone_box.get_abs_rect().center
    pygame.mouse.set_pos(pos)
    motion = {"pos": pos, "rel": (0, 0), "buttons": (0, 0, 0)}
    pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, motion))
    game_app.tick(FRAME)
    one = _wheel(game_app, 1)
    three = _wheel(game_app, 3)
    assert one > 0
    assert three >= 2.5 * one
