"""Text size and contrast change the look in place: the window is not opened anew (which
blanks it while the screen is rebuilt)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame
import pytest

from tests.ui.drive import focus_on, open_first_day, press

if TYPE_CHECKING:
    from game.ui.app import App


def _pause(app: App) -> None:
    open_first_day(app)
    press(app, pygame.K_ESCAPE)
    assert app.top is not None and app.top.name == "pause"


@pytest.mark.parametrize("choice", ["Text larger", "High contrast"])
def test_a_look_setting_from_the_pause_menu_keeps_the_window(
    app: App, monkeypatch: pytest.MonkeyPatch, choice: str
) -> None:
    _pause(app)
    before = (app.settings.text_scale, app.settings.high_contrast)
    opened = []
    set_mode = pygame.display.set_mode
    monkeypatch.setattr(
        pygame.display, "set_mode", lambda *a, **k: opened.append(a) or set_mode(*a, **k)
    )
    focus_on(app, choice)
    press(app, pygame.K_RETURN)
    assert (app.settings.text_scale, app.settings.high_contrast) != before
    assert opened == []
    assert app.screen is pygame.display.get_surface()
