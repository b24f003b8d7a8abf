"""A setting at an end of its range says so: "Text larger" pressed at 200% changed nothing on
screen, so it looked like a button that does nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame
from pygame_gui.elements import UITextBox

from tests.ui.drive import focus_on, press

if TYPE_CHECKING:
    from game.ui.app import App


def _settings_line(app: App) -> str:
    return next(
        e.html_text
        for e in app.kit.manager.get_sprite_group().sprites()
        if isinstance(e, UITextBox) and "Text size:" in e.html_text
    )


def _settings(app: App) -> None:
    focus_on(app, "Settings")
    press(app, pygame.K_RETURN, frames=3)
    assert app.top.name == "pause" and app.top.title == "Settings"


def _press(app: App, label: str, times: int = 1) -> None:
    for _ in range(times):
        focus_on(app, label)
        press(app, pygame.K_RETURN, frames=3)


def test_text_larger_at_the_largest_size_says_it_is_the_largest(app: App) -> None:
    _settings(app)
    _press(app, "Text larger", 5)  # 100% to 200% in steps of 25, and once more at the top
    assert app.kit.settings.text_scale == 200
    assert "200% (the largest)" in _settings_line(app)


def test_a_middle_text_size_names_no_limit(app: App) -> None:
    _settings(app)
    _press(app, "Text larger")
    assert "125% \u00b7" in _settings_line(app)


def test_the_smallest_text_size_says_so(app: App) -> None:
    _settings(app)
    assert "100% (the smallest)" in _settings_line(app)


def test_sound_louder_at_full_volume_says_it_is_the_loudest(app: App) -> None:
    _settings(app)
    _press(app, "Sound louder", 3)  # 60% to 100% in steps of 20, and once more at the top
    assert app.kit.settings.volume == 100
    assert "100% (the loudest)" in _settings_line(app)
