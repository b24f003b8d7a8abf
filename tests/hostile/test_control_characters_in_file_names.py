"""A file name is chosen by whoever made the file (a level shared in class, a student's
results): an escape sequence or a line break in it is shown as its escape, so the name can
neither split a one-line message nor drive the terminal (set its title, clear the screen)."""

from pathlib import Path

import pytest

from game.cli.main import main
from game.core.content.loader import printable_name
from tests.conftest import FIXTURES

NAME = "e\x1b]0;owned\x07\nx"
SHOWN = "e\\x1b]0;owned\\x07\\x0ax"


def test_validate_shows_an_escape_sequence_and_a_line_break_in_a_level_name_as_escapes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    (tmp_path / f"{NAME}.yaml").write_text("")
    assert main(["validate", str(tmp_path / f"{NAME}.yaml")]) == 1
    out, err = capsys.readouterr()
    problems = [line for line in (out + err).splitlines() if ": error: " in line]
    assert len(problems) == 1 and f"{SHOWN}.yaml:1:1: error: the file is empty" in problems[0]
    assert "\x1b" not in out + err and "\x07" not in out + err


def test_autoplay_names_a_record_written_under_an_escape_sequence_by_its_escape(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    record = tmp_path / f"{NAME}.json"
    assert main(["autoplay", str(FIXTURES / "all_features.yaml"), "--record", str(record)]) == 0
    out, err = capsys.readouterr()
    assert record.is_file() and f"{SHOWN}.json" in out
    assert "\x1b" not in out + err


def test_a_name_holding_a_lone_surrogate_is_printable_and_never_raises():
    assert printable_name("a\ud800b.yaml") == "a?b.yaml"
