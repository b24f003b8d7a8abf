"""Mouse-wheel notches that arrive in one frame all scroll the list, not only the last one, and
a notch scrolls as many lines of text at 200% as at 100%."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame
import pytest

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


def _hover_the_list(app: App) -> None:
    pos = app.top.phone_box.get_abs_rect().center
    pygame.mouse.set_pos(pos)
    motion = {"pos": pos, "rel": (0, 0), "buttons": (0, 0, 0)}
    pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, motion))
    app.tick(FRAME)


def test_three_wheel_notches_in_one_frame_scroll_three_times_as_far_as_one(game_app: App) -> None:
    day_one(game_app, "citizen_score_2020")
    press(game_app, pygame.K_5, frames=30)  # Score: a long list (its tiers and perks)
    _hover_the_list(game_app)
    one = _wheel(game_app, 1)
    three = _wheel(game_app, 3)
    assert one > 0
    assert three >= 2.5 * one


@pytest.mark.parametrize("text_scale", [100, 200])
def test_one_wheel_notch_scrolls_two_lines_of_text_at_any_text_size(text_scale: int) -> None:
    from game.ui.app import App
    from game.ui.store import Settings

    app = App((1024, 600), Settings(text_scale=text_scale))
    try:
        day_one(app, "nosedive")
        press(app, pygame.K_2, frames=30)  # Feed: a long list
        _hover_the_list(app)
        line = app.kit.text.font(app.kit.px(16)).get_linesize()
        assert _wheel(app, 1) >= 2 * line
    finally:
        pygame.quit()
