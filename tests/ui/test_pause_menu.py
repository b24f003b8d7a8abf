"""The pause menu reads as one panel: its settings, then the buttons that change them."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame
from pygame_gui.elements import UITextBox

from tests.ui.drive import button, open_first_day, press

if TYPE_CHECKING:
    from game.ui.app import App


def _settings_text(app: App) -> UITextBox:
    manager = app.kit.manager
    return next(
        e
        for e in manager.get_sprite_group().sprites()
        if isinstance(e, UITextBox) and "Text size:" in e.html_text
    )


def test_the_pause_menu_s_buttons_sit_right_under_its_settings(app: App) -> None:
    open_first_day(app)
    press(app, pygame.K_ESCAPE)
    assert app.top.name == "pause"
    text = _settings_text(app).get_abs_rect()
    resume = button(app, "Resume").get_abs_rect()
    assert 0 <= resume.top - text.bottom <= 2 * app.kit.line
