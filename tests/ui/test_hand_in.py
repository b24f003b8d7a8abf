"""Handing in a results file: a class debrief whose results did not reach the teacher offers
"Hand in" (a folder picker, then a copy and a status line), and every handed-in copy is
readable by the teacher's account, not only the student's."""

from __future__ import annotations

import os
import socket
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pygame
import pygame_gui
import pytest

from game.classroom.code import make_code
from game.classroom.files import hand_in, list_results
from game.classroom.server import DEFAULT_LIMITS
from game.core.level import Level
from game.userfiles import SHARED_MODE
from tests.classroom.conftest import Running
from tests.ui.drive import FRAME, button, focus_keys, focus_on, play_days_to_the_debrief, press
from tests.ui.test_class_scenes import class_of, level_in, play_to_the_debrief

if TYPE_CHECKING:
    from game.ui.app import App

NICKNAME = "calm-crane-4"


@pytest.fixture
def level(levels_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Level:
    monkeypatch.setenv("HOME", str(tmp_path))  # where the picker opens
    return level_in(levels_dir)


@pytest.fixture
def private_umask() -> Iterator[None]:
    """A student account whose new files nobody else may read (umask 077)."""
    old = os.umask(0o077)
    yield
    os.umask(old)


def shown_texts(app: App) -> list[str]:
    sprites = app.kit.manager.get_sprite_group().sprites()
    return [e.html_text for e in sprites if hasattr(e, "html_text")]


def pick_folder(app: App, folder: Path) -> None:
    dialog = app.top.hand_in.dialog
    assert dialog is not None and dialog.alive()
    event = pygame.event.Event(
        pygame_gui.UI_FILE_DIALOG_PATH_PICKED, text=str(folder), ui_element=dialog
    )
    pygame.event.post(event)
    app.tick(FRAME)
    app.tick(FRAME)


def closed_port() -> int:
    """A loopback port nothing listens on (a teacher's collector that is not running)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def hand_in_to(app: App, level: Level, folder: Path) -> None:
    """Play a files-only class game to its debrief, press Hand in and pick the folder."""
    play_to_the_debrief(app, make_code(level.id, level.content_hash, 9), level, NICKNAME)
    focus_on(app, "Hand in")
    press(app, pygame.K_RETURN)
    pick_folder(app, folder)


def test_a_files_only_class_debrief_hands_in_the_results_file_to_a_chosen_folder(
    app: App, level: Level, tmp_path: Path
) -> None:
    play_to_the_debrief(app, make_code(level.id, level.content_hash, 9), level, NICKNAME)
    assert "press Hand in below" in app.top.points_box.html_text
    assert "Hand in" in focus_keys(app)
    focus_on(app, "Hand in")
    press(app, pygame.K_RETURN)
    pygame.image.save(app.screen, tmp_path / "picker.png")
    usb = tmp_path / "usb"
    usb.mkdir()
    pick_folder(app, usb)
    pygame.image.save(app.screen, tmp_path / "handed_in.png")
    (kept,) = list_results()
    copied = usb / kept.name
    assert copied.read_bytes() == kept.read_bytes()
    assert any(f"Handed in to {usb}" in t for t in shown_texts(app))


def test_a_hand_in_to_a_folder_that_is_gone_says_so_on_the_debrief(
    app: App, level: Level, tmp_path: Path
) -> None:
    hand_in_to(app, level, tmp_path / "stick pulled out")
    assert any(f"There is no folder {tmp_path / 'stick pulled out'}" in t for t in shown_texts(app))


def test_a_long_folder_name_in_the_status_stays_whole_above_the_buttons(
    app: App, level: Level, tmp_path: Path
) -> None:
    gone = tmp_path / ("a_folder_with_a_very_long_name_" * 6)
    hand_in_to(app, level, gone)
    sprites = app.kit.manager.get_sprite_group().sprites()
    (status,) = [e for e in sprites if "There is no folder" in getattr(e, "html_text", "")]
    buttons = button(app, "Next level").rect
    pygame.image.save(app.screen, tmp_path / "long_status.png")
    assert str(gone) in status.html_text
    assert status.rect.bottom <= buttons.top and status.rect.right <= app.screen.get_width()


def test_a_class_debrief_whose_results_could_not_be_sent_offers_hand_in(
    app: App, level: Level
) -> None:
    code = make_code(level.id, level.content_hash, 9, collect=f"127.0.0.1:{closed_port()}")
    play_to_the_debrief(app, code, level, NICKNAME)
    assert "Not sent" in app.top.points_box.html_text
    assert "Hand in" in focus_keys(app)


def test_a_class_debrief_whose_results_were_sent_has_no_hand_in_button(
    app: App, level: Level, tmp_path: Path
) -> None:
    collector = Running(tmp_path / "class.db", DEFAULT_LIMITS, {})
    try:
        code = collector.collect_code(level, seed=9)
        collector.store.add_session(code.text, level.id)
        play_to_the_debrief(app, code, level, NICKNAME)
    finally:
        collector.stop()
    assert "Sent to your teacher" in app.top.points_box.html_text
    assert "Hand in" not in focus_keys(app)


def test_a_debrief_outside_a_class_has_no_hand_in_button(app: App, level: Level) -> None:
    app.director.new_game(level)
    app.tick(FRAME)
    play_days_to_the_debrief(app)
    assert list_results() and "Hand in" not in focus_keys(app)


def _kept_results(level: Level) -> Path:
    class_of(level, 2, 1)
    return list_results()[0]


def test_a_handed_in_copy_is_readable_by_every_account_whatever_the_umask(
    level: Level, tmp_path: Path, private_umask: None
) -> None:
    kept = _kept_results(level)
    (tmp_path / "share").mkdir()
    copied = hand_in(kept, tmp_path / "share")
    assert stat.S_IMODE(copied.stat().st_mode) == SHARED_MODE == 0o644


def test_a_results_file_kept_on_the_students_computer_stays_private(
    level: Level, tmp_path: Path
) -> None:
    kept = _kept_results(level)
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
