"""After a copy is saved from Join a class, Enter on the ringed "Save a copy" button opens
the picker again: the page was rebuilt with the code box taking the keys while the ring
stayed on the button, so Enter said "That code does not work"."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pygame
import pygame_gui

from tests.ui.drive import FRAME, focus_on, press
from tests.ui.test_class_scenes import class_of, level_in, open_join

if TYPE_CHECKING:
    from game.ui.app import App

SAVE = "Save a copy of the newest to..."


def test_enter_on_save_a_copy_after_a_copy_opens_the_picker_again(
    app: App, levels_dir: Path, tmp_path: Path
) -> None:
    class_of(level_in(levels_dir), 2, 1)
    open_join(app)
    focus_on(app, SAVE)
    press(app, pygame.K_RETURN)
    picker = app.top.hand_in.dialog
    pygame.event.post(
        pygame.event.Event(
            pygame_gui.UI_FILE_DIALOG_PATH_PICKED, text=str(tmp_path), ui_element=picker
        )
    )
    app.tick(FRAME)
    app.tick(FRAME)
    assert app.top.focus.current_key() == SAVE
    press(app, pygame.K_RETURN)
    assert app.top.error is None
    assert app.top.hand_in.open and app.top.hand_in.dialog is not picker
