"""What a teacher's folder of handed-in files holds besides good results: each file the report
cannot count gets one line whose advice fits what happened to that file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from game.classroom.code import make_code
from game.classroom.files import write_results
from game.classroom.gather import gather
from game.core.level import Level
from tests.classroom.conftest import bot_results


@pytest.fixture
def folder(sesame: Level, tmp_path: Path) -> Path:
    """A folder with one good results file in it."""
    code = make_code(sesame.id, sesame.content_hash, 7)
    write_results(bot_results(sesame, code, 1), tmp_path / "good.json")
    return tmp_path


def _line_about(problems: list[str], name: str) -> str:
    lines = [p for p in problems if name in p]
    assert len(lines) == 1, problems
    return lines[0]


def test_results_from_a_newer_game_ask_for_that_game_not_for_the_file_again(folder):
    data = json.loads((folder / "good.json").read_text())
    data["version"] = 99
    data["nickname"] = "someone-else"
    (folder / "newer.json").write_text(json.dumps(data))
    line = _line_about(gather([folder]).problems, "newer.json")
    assert "newer copy of the game" in line
    assert "hand it in again" not in line


def test_a_results_file_named_in_capitals_on_a_stick_is_counted(folder):
    (folder / "good.json").rename(folder / "GOOD.JSON")
    gathered = gather([folder])
    assert len(gathered.results) == 1
    assert gathered.problems == []


def test_a_file_that_is_not_json_gets_a_line_instead_of_being_passed_over(folder):
    (folder / "swift-otter-42.txt").write_text("{}")
    gathered = gather([folder])
    assert len(gathered.results) == 1
    assert "not a results file" in _line_about(gathered.problems, "swift-otter-42.txt")


def test_files_windows_adds_to_a_folder_are_left_out_without_a_word(folder):
    (folder / "Thumbs.db").write_bytes(b"\0" * 64)
    (folder / "desktop.ini").write_text("[.ShellClassInfo]")
    assert gather([folder]).problems == []


def test_a_loop_of_links_in_the_folder_is_one_line_and_the_rest_is_counted(folder):
    (folder / "loop_a.json").symlink_to("loop_b.json")
    (folder / "loop_b.json").symlink_to("loop_a.json")
    found = gather([folder, folder / "loop_a.json"])
    assert len(found.results) == 1
    assert "Too many levels of symbolic links" in _line_about(found.problems, "loop_a.json")
