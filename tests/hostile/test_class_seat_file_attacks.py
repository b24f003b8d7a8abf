"""Whatever stands where the seat file goes (`class-seat.json` in the user folder) is never
lost: a file that is no seat (broken, another program's, a link to someone's notes) is set
aside as a bad save is, and a new seat is made; a folder there is left alone and the join
counts by nickname. The game wrote its new seat through a link, replacing the file the link
named, and wrote over a file of another kind."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from game.classroom.client import SEAT_FILE, SEAT_KIND, SEAT_PATTERN, seat_id


@pytest.fixture
def seat_path(user_home: Path) -> Path:
    user_home.mkdir(parents=True, exist_ok=True)
    return user_home / SEAT_FILE


def _kept_seat(path: Path) -> str:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["kind"] == SEAT_KIND and not path.is_symlink()
    return data["seat"]


def test_a_seat_file_that_links_to_another_file_leaves_that_file_as_it_was(
    seat_path: Path, tmp_path: Path
):
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes, not a seat\n", encoding="utf-8")
    seat_path.symlink_to(notes)
    seat = seat_id()
    assert seat is not None and SEAT_PATTERN.fullmatch(seat)
    assert notes.read_text(encoding="utf-8") == "my notes, not a seat\n"
    assert SEAT_PATTERN.fullmatch(_kept_seat(seat_path))
    aside = seat_path.with_name(SEAT_FILE + ".corrupt")
    assert aside.is_symlink() and aside.resolve() == notes.resolve()


def test_a_link_to_nowhere_makes_no_file_where_it_points(seat_path: Path, tmp_path: Path):
    nowhere = tmp_path / "elsewhere" / "made.json"
    nowhere.parent.mkdir()
    seat_path.symlink_to(nowhere)
    assert seat_id() is not None
    assert not nowhere.exists()
    _kept_seat(seat_path)


@pytest.mark.parametrize(
    "content",
    [
        '{"kind": "citizen-score-settings", "version": 1, "volume": 30}',
        "{not json",
        json.dumps({"kind": SEAT_KIND, "version": 1, "seat": "x" * 2000}),  # past 1 KiB
        json.dumps({"kind": SEAT_KIND, "version": 1, "seat": "A" * 32}),
    ],
    ids=["another kind", "broken", "huge", "not a seat id"],
)
def test_a_seat_file_that_is_no_seat_is_set_aside_whole_and_a_new_seat_made(
    content: str, seat_path: Path
):
    seat_path.write_text(content, encoding="utf-8")
    assert seat_id() is not None
    assert seat_path.with_name(SEAT_FILE + ".corrupt").read_text(encoding="utf-8") == content
    first = _kept_seat(seat_path)
    assert seat_id() is not None and _kept_seat(seat_path) == first  # kept from now on


def test_a_folder_where_the_seat_file_goes_is_left_alone_and_no_seat_is_given(seat_path: Path):
    seat_path.mkdir()
    (seat_path / "inside.txt").write_text("kept", encoding="utf-8")
    assert seat_id() is None
    assert (seat_path / "inside.txt").read_text(encoding="utf-8") == "kept"
    assert sorted(os.listdir(seat_path.parent)) == [SEAT_FILE]


@pytest.mark.parametrize("name", ["pc-\udcff", "pc-\u00e9\u4e2d", ""])
def test_a_computer_name_of_any_bytes_still_gives_a_seat(
    name: str, seat_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr("socket.gethostname", lambda: name)
    first = seat_id()
    assert first is not None and SEAT_PATTERN.fullmatch(first)
    assert seat_id() == first
