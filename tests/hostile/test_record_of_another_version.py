"""A record or results file played on another version of its level says which versions
and what to do, so a teacher with a student's file from an older copy is not stuck."""

import json
from pathlib import Path

import pytest

from game.cli.main import main
from tests.conftest import FIXTURES

LEVEL = str(FIXTURES / "all_features.yaml")


@pytest.mark.parametrize("command", ["debrief", "replay"])
def test_a_record_of_another_level_version_says_how_to_give_that_version(
    command: str, tmp_path: Path, capsys
):
    record = tmp_path / "run.json"
    assert main(["autoplay", LEVEL, "--record", str(record)]) == 0
    data = json.loads(record.read_text())
    data["level_hash"] = "0123456789ab" * 2
    record.write_text(json.dumps(data))
    capsys.readouterr()
    assert main([command, str(record), "--level", LEVEL]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "0123456789ab recorded" in err and "--level FILE" in err


def test_the_debrief_of_results_from_another_level_version_says_how_to_give_it(
    results: dict, tmp_path: Path, capsys
):
    handed_in = tmp_path / "shy-fox.json"
    handed_in.write_text(json.dumps({**results, "level_hash": "deadbeef"}))
    assert main(["debrief", str(handed_in), "--level", LEVEL]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "deadbeef recorded" in err and "--level FILE" in err
