"""Handing in a results file from a scene: a folder picker, then a copy in the chosen folder
(game.classroom.files.hand_in) and one line saying where it went or why it could not."""

from pathlib import Path

import pygame
import pygame_gui

from game.classroom.files import hand_in
from game.ui.folder_picker import FolderPicker, removable_drives, start_folder
from game.ui.kit import Kit

PICKER_SIZE = (640, 480)


class HandIn:
    """The picker a scene opens and the status of the last hand-in; the scene asks `took`
    for each event, and leaves the keyboard to the picker while it is `open`."""

    def __init__(self, kit: Kit, title: str) -> None:
        self.kit = kit
        self.title = title
        self.dialog: FolderPicker | None = None
        self.source: Path | None = None
        self.status: str | None = None
        """Where the last copy went, or why it could not be made."""
        self.folder: Path | None = None
        """The folder the last copy went to (None until one was made)."""

    @property
    def open(self) -> bool:
        return self.dialog is not None and self.dialog.alive()

    def choose(self, source: Path) -> FolderPicker:
        """Open the picker to hand in `source` (on the stick plugged in, or the folder of the
        last copy, else the home folder); the scene owns it."""
        w, h = self.kit.size
        rect = pygame.Rect((w - PICKER_SIZE[0]) // 2, (h - PICKER_SIZE[1]) // 2, *PICKER_SIZE)
        self.source = source
        start = start_folder(self.folder, removable_drives())
        self.dialog = FolderPicker(rect, self.kit.manager, self.title, start, row=self.kit.line)
        return self.dialog

    def took(self, event: pygame.event.Event) -> bool:
        """True when the event is this picker's chosen folder: the copy is made and `status`
        says where it went."""
        if (
            event.type != pygame_gui.UI_FILE_DIALOG_PATH_PICKED
            or event.ui_element is not self.dialog
        ):
            return False
        if self.source is not None:
            self._copy(self.source, Path(event.text))
        return True

    def _copy(self, source: Path, picked: Path) -> None:
        """Hand `source` in to the picked folder (or the folder of a picked file)."""
        self.folder = None
        if not picked.is_dir() and not picked.is_file():
            self.status = f"There is no folder {picked}"
            return
        folder = picked if picked.is_dir() else picked.parent
        try:
            self.status = f"Saved a copy to {hand_in(source, folder)}"
            self.folder = folder
        except OSError as exc:
            self.status = (
                f"Could not save to {folder} ({exc.strerror}). "
                "Pick another folder; your file is still kept here."
            )
