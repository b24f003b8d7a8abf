"""A folder picker for handing in results: pygame_gui's file dialog, made to choose a folder.

The stock dialog wants a file name: it greys out OK once a folder is typed or opened, so a
new, empty USB stick could not be chosen, and it offers to delete files. Here OK takes the
folder on show (even an empty one or a drive's root) and nothing can be deleted.
"""

import getpass
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import pygame
import pygame_gui
from pygame_gui.windows import UIFileDialog

DRIVE_REMOVABLE = 2
"""What Windows' GetDriveTypeW says of a USB stick."""


def removable_drives(
    roots: Sequence[Path] | None = None, is_mount: Callable[[Path], bool] = os.path.ismount
) -> list[Path]:
    """The USB sticks (and other drives the desktop mounted for this user) this account can
    write to: the hand-in picker opens on one, since a student cannot find /media/NAME/STICK
    from the home folder, and on Windows no folder leads from C: to the stick's E:."""
    if roots is None:
        if os.name == "nt":
            return _windows_removable()
        roots = _mount_roots()
    found: list[Path] = []
    for root in roots:
        try:
            children = sorted(p for p in root.iterdir() if p.is_dir())
        except OSError:  # no such folder on this system, or not ours to list
            continue
        found += [p for p in children if p not in found and is_mount(p) and os.access(p, os.W_OK)]
    return found


def _mount_roots() -> list[Path]:
    """Where desktops mount a plugged-in drive: /Volumes on a Mac (its own disk there is a
    link, not a mount); /media/USER, /run/media/USER or /media on Linux."""
    if sys.platform == "darwin":
        return [Path("/Volumes")]
    try:
        user = getpass.getuser()
    except (OSError, KeyError):  # no name for this account: the shared folder still works
        return [Path("/media")]
    return [Path("/media") / user, Path("/run/media") / user, Path("/media")]


def _windows_removable() -> list[Path]:
    import ctypes
    import string

    kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
    mask = kernel.GetLogicalDrives()
    letters = [c for i, c in enumerate(string.ascii_uppercase) if mask >> i & 1]
    return [Path(f"{c}:\\") for c in letters if kernel.GetDriveTypeW(f"{c}:\\") == DRIVE_REMOVABLE]


def start_folder(last: Path | None, drives: Sequence[Path]) -> Path:
    """Where the picker opens: the folder of the last copy, the one stick plugged in, the
    folder holding several, or else the home folder."""
    if last is not None and last.is_dir():
        return last
    if len(drives) == 1:
        return drives[0]
    parents = {d.parent for d in drives}
    if (
        len(parents) == 1 and drives[0].parent != drives[0]
    ):  # drive roots such as E: share no folder
        return parents.pop()
    return Path.home()


class FolderPicker(UIFileDialog):
    def __init__(
        self,
        rect: pygame.Rect,
        manager: pygame_gui.UIManager,
        title: str,
        start: Path,
        row: int = 30,
    ) -> None:
        """`row`: the height of a line of the game's text, for OK and Cancel (the stock
        dialog's 30 pixels cut them at large text sizes)."""
        super().__init__(
            rect, manager, title, initial_file_path=str(start), allow_picking_directories=True
        )
        self.delete_button.hide()
        self._fit_buttons(row)
        self._take_shown_folder()

    def _fit_buttons(self, row: int) -> None:
        """OK and Cancel as tall as a line of text, the folder list shortened to make room."""
        grow = row - self.ok_button.relative_rect.height
        if grow <= 0:
            return
        for button in (self.cancel_button, self.ok_button):
            button.set_dimensions((button.relative_rect.width, row))
            button.set_relative_position((button.relative_rect.x, -row - 10))
        listing = self.file_selection_list
        listing.set_dimensions((listing.relative_rect.width, listing.relative_rect.height - grow))

    def _take_shown_folder(self) -> None:
        """With no existing file or folder picked, OK means the folder on show."""
        picked = self.current_file_path
        if picked is not None and picked.exists():
            return
        folder = Path(self.current_directory_path)
        if folder.is_dir():
            self.current_file_path = folder
            self.ok_button.enable()

    def _set_no_file_selected_state(self) -> None:
        super()._set_no_file_selected_state()
        self._take_shown_folder()

    def _create_list_of_directories_and_files_on_current_path(self) -> None:
        """The stock listing without hidden entries: on a Linux home folder '.cache' and
        '.config' came first, above Documents, and a student handed in there."""
        super()._create_list_of_directories_and_files_on_current_path()
        self.current_file_list = [
            entry
            for entry in self.current_file_list
            if not (entry[0] if isinstance(entry, tuple) else entry).startswith(".")
        ]

    def _change_directory_path(self, new_directory_path: Path) -> None:
        super()._change_directory_path(new_directory_path)
        self.current_file_path = Path(self.current_directory_path)
        self.file_path_text_line.set_text(self.current_directory_path)
        self.ok_button.enable()

    def _validate_file_path(self, path_to_validate: Path) -> bool:
        """A folder is a valid answer, a drive's root (no name) included."""
        if path_to_validate is not None and path_to_validate.is_dir():
            return True
        return super()._validate_file_path(path_to_validate)
