"""A file the user names for a command to write (a schema, a CSV, a report, a starter level)
gets the mode of any file they make: readable by all less their umask. Written owner-only
(0600), a report copied to the school's shared folder could not be opened by the class."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from game.cli.main import main
from tests.classroom.test_private_files import mode, umask_022  # noqa: F401 (autouse)
from tests.conftest import FIXTURES

LEVEL = str(FIXTURES / "all_features.yaml")


pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX file modes")


def written(tmp_path: Path, argv: list[str], name: str) -> Path:
    target = tmp_path / name
    assert main([a.replace("{out}", str(target)) for a in argv]) == 0
    return target


COMMANDS = {
    "schema": (["schema", "--output", "{out}"], "level.schema.json"),
    "new-level": (["new-level", "{out}"], "mine.yaml"),
    "society csv": (
        ["society", LEVEL, "--citizens", "100", "--days", "1", "--csv", "{out}"],
        "s.csv",
    ),
    "simulate csv": (
        ["simulate", LEVEL, "--runs", "1", "--workers", "1", "--csv", "{out}"],
        "r.csv",
    ),
    "autoplay record": (
        ["autoplay", "sesame_garden", "--seed", "1", "--record", "{out}"],
        "r.json",
    ),
}


@pytest.mark.parametrize("command", COMMANDS)
def test_a_file_a_command_is_told_to_write_is_readable_by_all_under_umask_022(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv, name = COMMANDS[command]
    assert mode(written(tmp_path, argv, name)) == 0o644


def test_a_debrief_page_is_readable_by_all_under_umask_022(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    record = written(tmp_path, COMMANDS["autoplay record"][0], "r.json")
    page = written(tmp_path, ["debrief", str(record), "--html", "{out}"], "d.html")
    assert mode(page) == 0o644


def test_a_file_a_command_writes_keeps_a_private_umask(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = os.umask(0o077)
    try:
        target = written(tmp_path, ["schema", "--output", "{out}"], "level.schema.json")
    finally:
        os.umask(old)
    assert mode(target) == 0o600


def test_the_umask_is_left_as_it_was_after_a_write(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    written(tmp_path, ["schema", "--output", "{out}"], "level.schema.json")
    assert os.umask(0o022) == 0o022


def test_a_schema_for_a_missing_folder_is_refused_and_no_folder_is_made(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "sheme" / "level.schema.json"
    assert main(["schema", "--output", str(target)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"citizen-score schema: cannot write {target}: no folder {target.parent}"]
    assert not target.parent.exists()
