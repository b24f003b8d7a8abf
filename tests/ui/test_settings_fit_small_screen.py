"""At 200% text on a 1024x600 window the Settings and Pause panels show every setting and every
button at once: nothing to scroll, nothing off the window."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pygame
import pytest
from pygame_gui.elements import UIPanel, UIScrollingContainer, UITextBox

from tests.ui.drive import focus_on, open_first_day, press

if TYPE_CHECKING:
    from game.ui.app import App

SIZE = (1024, 600)


@pytest.fixture
def big_text(levels_dir: object) -> Iterator[App]:
    from game.ui.app import App
    from game.ui.scenes.flow import start_scenes
    from game.ui.store import Settings

    application = App(SIZE, Settings(text_scale=200))
    application.director = start_scenes(application, None, None, None)
    application.tick(0.016)
    yield application
    pygame.quit()


def _hidden_parts(app: App) -> list[str]:
    """The panel's buttons not wholly inside the window, and its boxes that would need
    scrolling."""
    window = pygame.Rect((0, 0), SIZE)
    out = [k for k, e, _ in app.top.focus.items if not window.contains(e.get_abs_rect())]
    panel = next(w for w in app.top.widgets if isinstance(w, UIPanel) and "#dialog" in w.object_ids)
    for element in panel.get_container().elements:
        if isinstance(element, UIScrollingContainer) and element.vert_scroll_bar_active:
            out.append("a scrolling box")
        if isinstance(element, UITextBox) and element.scroll_bar is not None:
            out.append("a scrolling text")
    return out


def test_the_title_s_settings_at_the_largest_text_on_a_small_screen_need_no_scrolling(
    big_text: App,
) -> None:
    focus_on(big_text, "Settings")
    press(big_text, pygame.K_RETURN)
    assert big_text.top.title == "Settings"
    assert _hidden_parts(big_text) == []


def test_the_pause_menu_at_the_largest_text_on_a_small_screen_needs_no_scrolling(
    big_text: App,
) -> None:
    open_first_day(big_text)
    press(big_text, pygame.K_ESCAPE)
    assert big_text.top.name == "pause"
    assert _hidden_parts(big_text) == []


def test_the_pause_menu_s_switches_say_on_their_buttons_whether_they_are_on(
    big_text: App,
) -> None:
    open_first_day(big_text)
    press(big_text, pygame.K_ESCAPE)
    focus_on(big_text, "High contrast")
    assert big_text.top.focus.focused().text == "High contrast: off"
    press(big_text, pygame.K_RETURN)
    assert big_text.top.focus.focused().text == "High contrast: on"
