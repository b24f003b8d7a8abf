"""A hand-in that cannot be written (a full stick, a read-only share, something in the way)
says why and what to do next in one line, and the kept file stays."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pygame
import pygame_gui

from game.classroom.files import list_results
from tests.ui.drive import FRAME, focus_on, press
from tests.ui.test_class_scenes import class_of, level_in, open_join

if TYPE_CHECKING:
    from game.ui.app import App


def test_a_copy_that_cannot_be_written_says_to_pick_another_folder_and_keeps_the_file(
    app: App, levels_dir: Path, tmp_path: Path
) -> None:
    class_of(level_in(levels_dir), 2, 1)
    kept = list_results()[0]
    stick = tmp_path / "stick"
    (stick / kept.name).mkdir(parents=True)  # a folder where the copy would go
    open_join(app)
    focus_on(app, "Save a copy of the newest to...")
    press(app, pygame.K_RETURN)
    picker = app.top.hand_in.dialog
    pygame.event.post(
        pygame.event.Event(
            pygame_gui.UI_FILE_DIALOG_PATH_PICKED, text=str(stick), ui_element=picker
        )
    )
    app.tick(FRAME)
    app.tick(FRAME)
    assert app.top.hand_in.status == (
        f"Could not save to {stick} (Is a directory). "
        "Pick another folder; your file is still kept here."
    )
    assert list_results() == [kept] and kept.is_file()
