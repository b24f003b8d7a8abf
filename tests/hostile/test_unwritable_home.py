"""A user folder that cannot be written: the game plays on, says why once, loses nothing saved."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING

import pygame
import pytest

import game.userfiles
from game.core.actions import END_DAY
from game.core.record import SessionRecord
from game.ui import store
from game.userfiles import data_dir, write_atomic
from tests.hostile.userfile_cases import level
from tests.ui.drive import end_the_day, press

if TYPE_CHECKING:
    from game.ui.app import App


def _end_a_day(app: App) -> None:
    end_the_day(app)  # confirms when actions are left
    press(app, pygame.K_RETURN)  # evening: Continue


def _lines_on_screen(app: App) -> list[str]:
    sprites = app.kit.manager.get_sprite_group().sprites()
    return [e.html_text for e in sprites if hasattr(e, "html_text")]


def test_a_home_that_is_a_file_lets_the_game_play_on_and_says_why_once(
    app: App, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    home = tmp_path / "home_is_a_file"
    home.write_text("not a folder")
    monkeypatch.setenv("CITIZEN_SCORE_HOME", str(home))
    app.director.new_game(level())
    app.tick(0.016)
    for _ in range(4):
        press(app, pygame.K_RETURN)  # briefing and the first prompt (an action: saved at once)
    warned = [t for t in _lines_on_screen(app) if "cannot be saved" in t]
    assert warned and "a file is in the way" in warned[0]
    _end_a_day(app)
    _end_a_day(app)
    assert app.top.name == "day" and app.top.session.world.day == 3
    assert not [t for t in _lines_on_screen(app) if "cannot be saved" in t]


def _record(actions: int) -> SessionRecord:
    lv = level()
    return SessionRecord(lv.id, lv.content_hash, 1, (END_DAY,) * actions)


def _fail_with(code: int):
    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(code, "simulated")

    return fail


def test_a_full_disk_keeps_the_last_save_whole_and_leaves_no_temp_file(monkeypatch):
    assert store.save_session(_record(1)) is None
    (path,) = (data_dir() / "saves").iterdir()
    before = path.read_bytes()
    monkeypatch.setattr(game.userfiles.os, "fsync", _fail_with(errno.ENOSPC))
    assert "the disk is full" in store.save_session(_record(2))
    assert path.read_bytes() == before
    assert [p.name for p in path.parent.iterdir()] == [path.name]


def test_a_read_only_folder_is_named_as_the_reason(monkeypatch):
    monkeypatch.setattr(game.userfiles.tempfile, "mkstemp", _fail_with(errno.EROFS))
    assert "the disk is read-only" in store.save_session(_record(1))
    assert "read-only" in store.save_settings(store.Settings())
    assert "read-only" in store.mark_completed(level())


def test_a_bad_file_in_a_read_only_folder_is_left_in_place(monkeypatch):
    path = data_dir() / "settings.json"
    path.parent.mkdir(parents=True)
    path.write_text("{broken")
    monkeypatch.setattr(game.userfiles.os, "replace", _fail_with(errno.EROFS))
    settings, message = store.read_settings()
    assert settings == store.Settings() and "left where it is" in message
    assert path.read_text() == "{broken"


def test_stale_temp_files_of_killed_writers_are_removed_at_start(tmp_path: Path):
    saves = tmp_path / "saves"
    saves.mkdir()
    stale, fresh, kept = saves / ".a.json.x1.tmp", saves / ".a.json.x2.tmp", saves / "a.json"
    for path in (stale, fresh, kept):
        path.write_text("x")
    old = stale.stat().st_mtime - 3600
    os.utime(stale, (old, old))
    assert game.userfiles.clean_stale_temp_files(tmp_path) == 1
    assert not stale.exists() and fresh.exists() and kept.exists()


def test_an_atomic_write_never_puts_a_file_in_place_of_a_fifo(tmp_path: Path):
    fifo = tmp_path / "settings.json"
    os.mkfifo(fifo)
    with pytest.raises(OSError, match="not a regular file"):
        write_atomic(fifo, "{}")
    assert stat.S_ISFIFO(fifo.stat().st_mode) and [p.name for p in tmp_path.iterdir()] == [
        fifo.name
    ]


def test_a_link_is_written_through_and_stays_a_link(tmp_path: Path):
    # renaming onto the link replaced it: as root, `--csv /dev/stdout` with output sent to a
    # file put a regular file in place of the system's /dev/stdout
    target = tmp_path / "real" / "runs.csv"
    target.parent.mkdir()
    target.write_text("old\n")
    link = tmp_path / "runs.csv"
    link.symlink_to(target)
    write_atomic(link, "new\n")
    assert link.is_symlink() and target.read_text() == "new\n"


def test_a_link_to_a_fifo_is_refused_as_not_a_regular_file(tmp_path: Path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    link = tmp_path / "out.csv"
    link.symlink_to(fifo)
    with pytest.raises(OSError, match="not a regular file"):
        write_atomic(link, "x\n")
    assert link.is_symlink() and stat.S_ISFIFO(fifo.stat().st_mode)
