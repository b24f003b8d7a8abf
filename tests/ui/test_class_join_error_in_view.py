"""A code refused on the Join page is said where the student can read it: on a small screen
with large text the message fell below the window (the page scrolls), so a student saw the
code box again and nothing else, and typed the same code again. The page scrolls to show
the message whole, with the code box above it to fix."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.ui.focus import shown_part
from tests.ui.drive import FRAME, press
from tests.ui.test_class_scenes import open_join, type_text

if TYPE_CHECKING:
    from game.ui.app import App


def test_a_refused_code_shows_its_message_whole_with_the_code_box_on_a_small_screen(
    small_big_text: App,
) -> None:
    from game.ui.scenes.flow import start_scenes

    app = small_big_text
    app.director = start_scenes(app, None, None, None)
    app.tick(FRAME)
    open_join(app)
    type_text(app, "CS-2KGK-9KRG-00KZ-0000-28JQ")  # the last part left out
    press(app, pygame.K_RETURN, frames=3)
    assert app.top.name == "join" and app.top.error
    sprites = app.kit.manager.get_sprite_group().sprites()
    message = next(e for e in sprites if "That code does not work" in getattr(e, "html_text", ""))
    assert shown_part(message) == message.get_abs_rect()
    box = app.top.code_entry
    assert shown_part(box) == box.get_abs_rect()
