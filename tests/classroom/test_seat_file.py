"""The seat id a joining game keeps in its user folder is a versioned file like the game's
others: read back the same, made again when broken, and never written over when a newer
copy of the game wrote it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from game.classroom.client import SEAT_FILE, SEAT_KIND, seat_id


@pytest.fixture
def home(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setenv("CITIZEN_SCORE_HOME", str(tmp_path))
    return tmp_path


def _seat_file(home: Path) -> Path:
    return next(home.rglob(SEAT_FILE))


def test_the_seat_file_names_its_kind_and_version_and_gives_the_same_seat_again(home: Path):
    first = seat_id()
    kept = json.loads(_seat_file(home).read_text(encoding="utf-8"))
    assert (kept["kind"], kept["version"]) == (SEAT_KIND, 1)
    assert seat_id() == first


def test_a_broken_seat_file_is_made_again(home: Path):
    seat_id()
    path = _seat_file(home)
    path.write_text("{not json", encoding="utf-8")
    assert seat_id() is not None
    assert json.loads(path.read_text(encoding="utf-8"))["kind"] == SEAT_KIND


def test_a_seat_file_from_a_newer_game_is_left_as_it_is(home: Path):
    seat_id()
    path = _seat_file(home)
    newer = json.dumps({"kind": SEAT_KIND, "version": 99, "seat": "x"})
    path.write_text(newer, encoding="utf-8")
    assert seat_id() is None
    assert path.read_text(encoding="utf-8") == newer
