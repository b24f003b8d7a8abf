"""Session records passed between computers: the level lies elsewhere there, and the record's
text was written by whoever sent it."""

import json
import shutil
from pathlib import Path

import pytest

from game.cli.main import main
from game.core.record import SessionRecord
from tests.conftest import FIXTURES

LEVEL = FIXTURES / "all_features.yaml"


@pytest.fixture
def record(tmp_path: Path, capsys) -> Path:
    """A record made on a copy of the level in another folder, as on a student's computer."""
    elsewhere = tmp_path / "student" / "all_features.yaml"
    elsewhere.parent.mkdir()
    shutil.copy(LEVEL, elsewhere)
    path = tmp_path / "record.json"
    assert (
        main(["autoplay", str(elsewhere), "--strategy", "conformist", "--record", str(path)]) == 0
    )
    capsys.readouterr()
    return path


@pytest.fixture
def levels(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "levels"
    folder.mkdir()
    shutil.copy(LEVEL, folder)
    monkeypatch.setenv("CITIZEN_SCORE_LEVELS", str(folder))
    return folder


def test_a_record_made_on_a_copy_of_the_level_elsewhere_replays_identical(
    record: Path, levels: Path, capsys
):
    assert "source=" in record.read_text()  # the events name where each rule is written
    assert main(["replay", str(record)]) == 0
    assert "replay identical" in capsys.readouterr().out


@pytest.mark.parametrize("field", ["events", "level_hash", "level_id"])
def test_an_escape_sequence_in_a_shared_record_is_shown_not_sent_to_the_terminal(
    field: str, record: Path, levels: Path, capsys
):
    data = json.loads(record.read_text())
    data[field] = ["\x1b]0;owned\x07"] if field == "events" else "\x1b]0;owned\x07"
    record.write_text(json.dumps(data))
    assert main(["replay", str(record)]) == 1
    out, err = capsys.readouterr()
    assert "\x1b" not in out + err and "\\x1b]0;owned\\x07" in out + err


def test_a_record_of_more_actions_than_a_save_may_hold_is_refused_unplayed(
    record: Path, levels: Path, capsys
):
    data = json.loads(record.read_text())
    data["actions"] = [["end_day", ""]] * 5001
    record.write_text(json.dumps(data))
    assert main(["replay", str(record)]) == 1
    assert "5001 actions; a record holds at most 5000" in capsys.readouterr().err


@pytest.mark.parametrize("version", [[1], {"v": 2}, True, 3])
def test_a_record_whose_version_is_not_one_this_game_reads_is_refused_in_plain_words(version):
    data = {"level_id": "x", "level_hash": "ab", "seed": 1, "actions": [], "version": version}
    with pytest.raises(ValueError, match=r"^version must be a whole number from 1 to 2, not "):
        SessionRecord.from_json(data)
