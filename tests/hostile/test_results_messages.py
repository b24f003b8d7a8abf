"""A student's results file that is refused is refused in words a teacher reads, on one line."""

import json
import os
from pathlib import Path

import pytest

from game.classroom.gather import gather
from game.classroom.results import parse_results
from game.cli.main import main
from tests.conftest import FIXTURES


def refusal(data: dict) -> str:
    with pytest.raises(ValueError) as refused:
        parse_results(data)
    return str(refused.value)


@pytest.mark.parametrize("nickname", ["=cmd|calc", "../../etc", "x" * 30])
def test_a_nickname_with_other_characters_is_refused_in_plain_words(nickname: str, results):
    message = refusal({**results, "nickname": nickname})
    assert message.startswith("nickname: a nickname is 1 to 24 letters")
    assert "pattern" not in message and "\\w" not in message


def test_a_level_version_that_is_not_hex_is_refused_in_plain_words(results):
    message = refusal({**results, "level_hash": "not a hash"})
    assert message == "level_hash: a level version is 8 to 64 digits and letters a to f"


def test_an_unknown_action_in_results_is_shown_cut_short(results):
    message = refusal({**results, "actions": [["x"] * 100]})
    assert message.startswith("actions: unknown action [") and len(message) < 120


def test_class_report_of_dev_zero_is_refused_without_reading_it(capsys):
    assert main(["class", "report", "/dev/zero"]) == 1
    assert "/dev/zero: not a regular file; skipped" in capsys.readouterr().err


def test_a_results_file_that_is_a_fifo_is_skipped_without_waiting(tmp_path: Path):
    fifo = tmp_path / "results.json"
    os.mkfifo(fifo)
    found = gather([fifo])
    assert found.results == [] and found.problems == [
        f"{fifo}: not a regular file; skipped: ask its student to hand it in again"
    ]


def test_a_results_file_saved_as_utf16_is_placed_in_plain_words(tmp_path: Path):
    path = tmp_path / "results.json"
    path.write_text('{"kind": "citizen-score-results"}', encoding="utf-16")
    (problem,) = gather([path]).problems
    assert problem == (
        f"{path}:1:1: saved as UTF-16 (it starts with the bytes FF FE); save the file as UTF-8; "
        "skipped: ask its student to hand it in again"
    )


def test_a_results_file_with_a_byte_order_mark_is_read(tmp_path: Path, results):
    path = tmp_path / "results.json"
    path.write_text(json.dumps(results), encoding="utf-8-sig")
    assert [r.nickname for r in gather([path]).results] == ["shy-fox-12"]


@pytest.mark.parametrize(
    ("key", "value", "says"),
    [
        ("outcome", [1, 2], "outcome: expected a mapping, not a list"),
        ("seed", -5, "seed: must be at least 0, not -5"),
        ("seed", 1.5, "seed: expected a whole number, not 1.5"),
    ],
)
def test_a_results_file_of_the_wrong_shape_is_refused_without_library_wording(
    key: str, value: object, says: str, results
):
    message = refusal({**results, key: value})
    assert message == says and "Input should" not in message


def test_a_nickname_of_a_letter_drawn_as_nothing_is_refused(results):
    results["nickname"] = "\u3164"
    assert "nickname" in refusal(results)


@pytest.mark.parametrize(
    ("version", "said"),
    [
        (True, "version true is not a version (1 or more)"),
        ("1", 'version "1" is not a version (1 or more)'),
        (0, "version 0 is not a version (1 or more)"),
        (None, "version null is not a version (1 or more)"),
    ],
)
def test_a_results_version_that_is_not_a_whole_number_from_1_is_refused(version, said, results):
    assert refusal({**results, "version": version}) == said


def test_results_without_a_version_are_refused(results):
    del results["version"]
    assert refusal(results) == "missing version"


def test_a_session_record_handed_in_asks_for_the_results_file(tmp_path: Path, results):
    folder = tmp_path / "handed_in"
    folder.mkdir()
    (folder / "good.json").write_text(json.dumps(results))
    level = str(FIXTURES / "all_features.yaml")
    assert main(["autoplay", level, "--record", str(folder / "record.json")]) == 0
    problems = gather([folder]).problems
    assert problems == [
        f"{folder / 'record.json'}: a session record (what autoplay --record writes), not a "
        "results file; skipped: ask its student for the results file the game saved at the end"
    ]


def test_replay_of_a_results_file_names_the_command_that_reads_it(tmp_path: Path, capsys):
    path = tmp_path / "results.json"
    assert main(["autoplay", str(FIXTURES / "all_features.yaml"), "--results", str(path)]) == 0
    capsys.readouterr()
    assert main(["replay", str(path)]) == 1
    assert capsys.readouterr().err == (
        f"citizen-score replay: {path}: a class results file, not a session record; "
        f"citizen-score debrief {path} shows it\n"
    )
