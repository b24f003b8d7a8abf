"""The Hand in picker, opened on a student's home folder, lists the folders a student knows
(Documents, a stick's folder), not the hidden ones a system keeps there: on the class's Linux
machines '.cache', '.config' and '.local' came first, above 'Documents', and a student picked
one of them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pygame
import pytest

from game.classroom.code import make_code
from tests.ui.drive import focus_on, press
from tests.ui.test_class_scenes import level_in, play_to_the_debrief

if TYPE_CHECKING:
    from game.ui.app import App


def test_the_hand_in_picker_lists_no_hidden_folders(
    app: App, levels_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    for name in (".cache", ".config", "Documents"):
        (home / name).mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    level = level_in(levels_dir)
    play_to_the_debrief(app, make_code(level.id, level.content_hash, 9), level, "calm-crane-4")
    focus_on(app, "Hand in")
    press(app, pygame.K_RETURN, frames=4)
    listed = [name for name, _ in app.top.hand_in.dialog.current_file_list]
    assert "Documents" in listed
    assert not [name for name in listed if name.startswith(".")], listed
