"""The hand-in picker opens on the USB stick plugged in, or on the folder of the last copy:
it opened on the home folder, from which a student could not find /media/NAME/STICK, and on
Windows no folder leads from C: to the stick's E:."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pygame
import pygame_gui

from game.ui.folder_picker import removable_drives, start_folder
from tests.ui.drive import FRAME, focus_on, press
from tests.ui.test_class_scenes import class_of, level_in, open_join

if TYPE_CHECKING:
    from game.ui.app import App

SAVE = "Save a copy of the newest to..."


def _mounts(tmp_path: Path, *names: str) -> Path:
    root = tmp_path / "media" / "student"
    for name in names:
        (root / name).mkdir(parents=True)
    (root / "not-mounted").mkdir(parents=True)
    return root


def test_the_drives_found_are_the_mounted_folders_under_the_desktops_mount_folder(tmp_path):
    root = _mounts(tmp_path, "STICK")
    assert removable_drives([root], is_mount=lambda p: p.name != "not-mounted") == [root / "STICK"]


def test_two_sticks_open_the_folder_that_holds_both(tmp_path):
    root = _mounts(tmp_path, "A", "B")
    assert start_folder(None, [root / "A", root / "B"]) == root


def test_no_stick_opens_the_home_folder():
    assert start_folder(None, []) == Path.home()


def _open_picker(app: App) -> Path:
    open_join(app)
    focus_on(app, SAVE)
    press(app, pygame.K_RETURN)
    return Path(app.top.hand_in.dialog.current_directory_path)


def test_the_picker_opens_on_the_one_stick_plugged_in(
    app: App, levels_dir: Path, tmp_path: Path, monkeypatch
) -> None:
    stick = _mounts(tmp_path, "STICK") / "STICK"
    monkeypatch.setattr("game.ui.hand_in.removable_drives", lambda: [stick])  # the OS's mounts
    class_of(level_in(levels_dir), 2, 1)
    assert _open_picker(app) == stick


def test_after_a_copy_the_picker_opens_where_it_went(
    app: App, levels_dir: Path, tmp_path: Path
) -> None:
    class_of(level_in(levels_dir), 2, 1)
    share = tmp_path / "share"
    share.mkdir()
    _open_picker(app)
    picker = app.top.hand_in.dialog
    pygame.event.post(
        pygame.event.Event(
            pygame_gui.UI_FILE_DIALOG_PATH_PICKED, text=str(share), ui_element=picker
        )
    )
    app.tick(FRAME)
    app.tick(FRAME)
    assert app.top.hand_in.folder == share
    picker.kill()
    app.tick(FRAME)
    focus_on(app, SAVE)
    press(app, pygame.K_RETURN)
    assert Path(app.top.hand_in.dialog.current_directory_path) == share
