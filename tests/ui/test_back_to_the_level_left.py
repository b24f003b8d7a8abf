"""Leaving a level (Save and leave) opens level select on that level's Continue, in view: it
opened on the first level's Play, and the player had to scroll the list back down to find
the level just left."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.ui.focus import shown_part
from game.ui.scenes.flow import start_scenes
from tests.ui.drive import focus_on, press

if TYPE_CHECKING:
    from game.ui.app import App


def test_save_and_leave_opens_level_select_on_the_level_left(small_big_text: App) -> None:
    app = small_big_text
    start_scenes(app, None, None, None)
    app.tick(0.016)
    press(app, pygame.K_RETURN)  # Play
    assert app.top.name == "level_select"
    focus_on(app, "play:fico_country")
    press(app, pygame.K_RETURN)  # its briefing
    press(app, pygame.K_RETURN)  # Start day 1
    while app.top.name == "prompt":
        press(app, pygame.K_ESCAPE)
    press(app, pygame.K_ESCAPE)  # the pause menu
    focus_on(app, "Save and leave")
    press(app, pygame.K_RETURN, frames=5)
    assert app.top.name == "level_select"
    assert app.top.focus.current_key() == "continue:fico_country"
    for _ in range(5):
        app.tick(0.016)
    button = app.top.focus.focused()
    assert shown_part(button).size == button.get_abs_rect().size
