"""Text size, contrast and sound can be set from the title screen, before a level starts,
not only from the pause menu inside one."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import focus_on, press

if TYPE_CHECKING:
    from game.ui.app import App


def test_settings_on_the_title_make_the_text_larger_and_back_returns_to_the_title(
    app: App,
) -> None:
    before = app.kit.settings.text_scale
    focus_on(app, "Settings")
    press(app, pygame.K_RETURN)
    assert app.top.name == "pause" and app.top.title == "Settings"
    focus_on(app, "Text larger")
    press(app, pygame.K_RETURN)
    assert app.kit.settings.text_scale == before + 25
    focus_on(app, "Back")
    press(app, pygame.K_RETURN)
    assert app.top.name == "title"


def test_the_title_s_settings_have_no_way_out_of_a_game_that_is_not_running(app: App) -> None:
    focus_on(app, "Settings")
    press(app, pygame.K_RETURN)
    labels = [k for k, _, _ in app.top.focus.items]
    assert "Save and leave" not in labels and "Resume" not in labels
