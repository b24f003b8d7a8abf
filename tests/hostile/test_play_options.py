"""`play` options the window would ignore, and warp records that disagree with the command
line: one line and exit 2 before any window opens, not a game other than the one asked for."""

import json
from pathlib import Path

import pytest

from game.cli.main import main
from tests.conftest import FIXTURES

LEVEL = str(FIXTURES / "all_features.yaml")
CODE = "CS-0000-0000-000"
"""Never decoded: the options are checked before the code."""


@pytest.mark.parametrize(
    ("argv", "named"),
    [
        ([LEVEL, "--from-record", "run.json"], "--from-record plays the days before --day"),
        ([LEVEL, "--strategy", "dissident"], "--strategy plays the days before --day"),
        ([LEVEL, "--nickname", "ana"], "--nickname is for a class game"),
        (["--session", CODE, LEVEL], "LEVEL does not go with --session"),
        (["--session", CODE, "--seed", "0"], "--seed does not go with --session"),
        (["--session", CODE, "--day", "2"], "--day does not go with --session"),
        (["--session", CODE, "--watch"], "--watch does not go with --session"),
    ],
)
def test_an_option_the_window_would_ignore_is_refused_before_it_opens(
    argv: list[str], named: str, capsys
):
    assert main(["play", *argv]) == 2
    err = capsys.readouterr().err
    assert named in err and len(err.strip().splitlines()) == 1


@pytest.fixture
def record(tmp_path: Path, capsys) -> Path:
    path = tmp_path / "run.json"
    assert main(["autoplay", LEVEL, "--seed", "7", "--record", str(path)]) == 0
    capsys.readouterr()
    return path


def test_a_warp_record_played_with_another_seed_than_given_is_refused(record: Path, capsys):
    argv = ["play", LEVEL, "--day", "2", "--from-record", str(record), "--seed", "8"]
    assert main(argv) == 2
    assert "the record was played with seed 7; leave out --seed" in capsys.readouterr().err


def test_a_warp_record_naming_an_escape_sequence_shows_it_not_sends_it(record: Path, capsys):
    data = json.loads(record.read_text())
    data["level_id"] = "\x1b]0;owned\x07"
    record.write_text(json.dumps(data))
    assert main(["play", LEVEL, "--day", "2", "--from-record", str(record)]) == 2
    err = capsys.readouterr().err
    assert "\x1b" not in err and "'\\x1b]0;owned\\x07'" in err
