"""Text size changes under the pointer: a player who clicks "Text larger" again without moving
the mouse makes the text larger again, instead of missing or pressing another button."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import FRAME, button, click_at, focus_on, press

if TYPE_CHECKING:
    from game.ui.app import App


def _open_settings(app: App) -> None:
    focus_on(app, "Settings")
    press(app, pygame.K_RETURN)
    assert app.top.title == "Settings"


def test_clicking_text_larger_twice_without_moving_the_mouse_makes_the_text_two_steps_larger(
    app: App,
) -> None:
    _open_settings(app)
    before = app.kit.settings.text_scale
    pos = button(app, "Text larger").get_abs_rect().center
    click_at(app, pos)
    click_at(app, pos)
    app.tick(FRAME)
    assert app.kit.settings.text_scale == before + 50


def test_clicking_text_smaller_twice_without_moving_the_mouse_makes_the_text_two_steps_smaller(
    app: App,
) -> None:
    _open_settings(app)
    for _ in range(4):
        focus_on(app, "Text larger")
        press(app, pygame.K_RETURN)
    pos = button(app, "Text smaller").get_abs_rect().center
    click_at(app, pos)
    click_at(app, pos)
    app.tick(FRAME)
    assert app.kit.settings.text_scale == 150


def test_on_a_small_screen_four_clicks_on_text_larger_in_one_place_reach_the_largest_text(
    levels_dir: object,
) -> None:
    from game.ui.app import App
    from game.ui.scenes.flow import start_scenes

    app = App(size=(1024, 600))
    app.director = start_scenes(app, None, None, None)
    app.tick(FRAME)
    try:
        _open_settings(app)
        pos = button(app, "Text larger").get_abs_rect().center
        for _ in range(4):
            click_at(app, pos)
            for _ in range(3):
                app.tick(FRAME)
        assert app.kit.settings.text_scale == 200
    finally:
        pygame.quit()
