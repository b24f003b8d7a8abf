"""One of the game's own JSON files (a student's results, a session record) given where a
level goes is named for what it is and what reads it, not sent to get 'format: 1' added."""

import json
from pathlib import Path

import pytest

from game.cli.main import main
from tests.conftest import FIXTURES

LEVEL = str(FIXTURES / "all_features.yaml")


@pytest.fixture
def record(tmp_path: Path) -> Path:
    path = tmp_path / "run.json"
    assert main(["autoplay", LEVEL, "--record", str(path)]) == 0
    return path


@pytest.fixture
def handed_in(tmp_path: Path, results: dict) -> Path:
    path = tmp_path / "shy-fox.json"
    path.write_text(json.dumps(results))
    return path


@pytest.mark.parametrize("command", [["simulate"], ["society"], ["class", "new"], ["autoplay"]])
def test_a_results_file_given_as_a_level_says_it_is_results_and_what_reads_it(
    command: list[str], handed_in: Path, capsys
):
    capsys.readouterr()
    assert main([*command, str(handed_in)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "a class results file, not a level" in err
    assert "class report" in err and "format" not in err


@pytest.mark.parametrize("command", ["validate", "lint"])
def test_a_session_record_checked_as_a_level_says_it_is_a_record(command, record, capsys):
    capsys.readouterr()
    assert main([command, str(record)]) == 1
    out = capsys.readouterr().out
    assert "a session record, not a level" in out and "format" not in out
