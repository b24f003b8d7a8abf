"""A file a command cannot write is named as a terminal can print it: bytes that are not
UTF-8 show as U+FFFD, never as a '\\udcff' surrogate (which a strict UTF-8 stream cannot
print at all)."""

import os
from pathlib import Path

import pytest

from game.cli.main import main
from tests.conftest import FIXTURES

LEVEL = str(FIXTURES / "all_features.yaml")


def under_a_file(tmp_path: Path, name: bytes) -> str:
    """A path whose folder is a regular file, so no write there can succeed."""
    blocker = tmp_path / "a_file"
    blocker.write_text("not a folder")
    return os.fsdecode(bytes(blocker) + b"/" + name)


def failure(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    code = main(argv)
    out, err = capsys.readouterr()
    assert code == 1, out + err
    assert "Traceback" not in out + err
    return err.strip().splitlines()[-1]


def test_schema_output_that_cannot_be_written_is_named_with_the_replacement_character(
    tmp_path: Path, capsys
):
    line = failure(["schema", "-o", under_a_file(tmp_path, b"s\xff.json")], capsys)
    assert "s\ufffd.json" in line and "\udcff" not in line


def test_new_level_that_cannot_be_written_is_named_with_the_replacement_character(
    tmp_path: Path, capsys
):
    line = failure(["new-level", under_a_file(tmp_path, b"lev\xff.yaml")], capsys)
    assert "lev\ufffd.yaml" in line and "\udcff" not in line


def test_new_level_under_a_file_says_the_folder_path_holds_a_file_not_that_it_exists(
    tmp_path: Path, capsys
):
    line = failure(["new-level", under_a_file(tmp_path, b"level.yaml")], capsys)
    assert "already exists" not in line and "is a file, not a folder" in line


def test_debrief_html_that_cannot_be_written_is_named_with_the_replacement_character(
    tmp_path: Path, capsys
):
    record = tmp_path / "run.json"
    assert main(["autoplay", LEVEL, "--record", str(record)]) == 0
    html = under_a_file(tmp_path, b"page\xff.html")
    line = failure(["debrief", str(record), "--level", LEVEL, "--html", html], capsys)
    assert "page\ufffd.html" in line and "\udcff" not in line


def test_autoplay_record_that_cannot_be_written_is_named_with_the_replacement_character(capsys):
    record = os.fsdecode(b"/proc/record\xff.json")  # a folder where no file can be made
    line = failure(["autoplay", LEVEL, "--record", record], capsys)
    assert "record\ufffd.json" in line and "\udcff" not in line


def test_a_name_too_long_to_write_is_named_with_the_replacement_character(tmp_path: Path, capsys):
    name = os.fsdecode(bytes(tmp_path) + b"/" + b"x" * 300 + b"\xff.yaml")
    line = failure(["new-level", name], capsys)
    assert "too long" in line and "x\ufffd.yaml" in line and "\udcff" not in line


def test_a_written_schema_whose_name_is_not_utf8_is_announced_with_the_replacement_character(
    tmp_path: Path, capsys
):
    target = os.fsdecode(bytes(tmp_path) + b"/schema\xff.json")
    assert main(["schema", "-o", target]) == 0
    out = capsys.readouterr().out
    assert "schema\ufffd.json" in out and "\udcff" not in out


def test_lint_of_a_missing_file_whose_name_is_not_utf8_prints_the_replacement_character(
    capsys,
):
    assert main(["lint", os.fsdecode(b"/no/such/level\xff.yaml")]) == 1
    err = capsys.readouterr().err
    assert "level\ufffd.yaml'" in err and "\udcff" not in err


def test_a_warp_record_of_another_level_whose_name_is_not_utf8_prints_the_replacement_character(
    tmp_path: Path, capsys
):
    record = os.fsdecode(bytes(tmp_path) + b"/run\xff.json")
    assert main(["autoplay", "the_list", "--record", record]) == 0
    capsys.readouterr()
    assert main(["play", LEVEL, "--day", "2", "--from-record", record]) != 0
    err = capsys.readouterr().err
    assert "run\ufffd.json" in err and "\udcff" not in err
