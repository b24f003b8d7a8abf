"""Text inside a handed-in results file reaches the teacher's terminal and page: a file with
escape sequences or line breaks in its names is refused in one line, never printed raw."""

import json
from pathlib import Path

import pytest

from game.classroom.results import parse_results
from game.cli.main import main

ESCAPE = "\x1b[2J\x1b[31m"
"""Clears a terminal and turns its text red."""


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("level_id", f"all{ESCAPE}\nfeatures", "level_id: a level id is lower case letters"),
        ("level_id", "../../etc/passwd", "level_id: a level id is lower case letters"),
        ("session", f"CS{ESCAPE}\nx", "session: a session code is written as the game shows"),
        ("strategy", f"random{ESCAPE}", "strategy: character 7 is the control character U+001B"),
    ],
)
def test_a_name_with_control_characters_in_results_is_refused_in_one_line(
    field: str, value: str, message: str, results
):
    with pytest.raises(ValueError) as refused:
        parse_results({**results, field: value})
    assert str(refused.value).startswith(message) and "\n" not in str(refused.value)


def test_a_reason_with_an_escape_sequence_in_results_is_refused(results):
    outcome = results["outcome"]
    reason = "a rule" + ESCAPE
    points = [{**outcome["turning_points"][0], "reason": reason}]
    with pytest.raises(ValueError, match=r"turning_points.*U\+001B"):
        parse_results({**results, "outcome": {**outcome, "turning_points": points}})


def test_class_report_never_prints_a_handed_in_files_escape_sequences(
    results, tmp_path: Path, capsys
):
    folder = tmp_path / "handed_in"
    folder.mkdir()
    (folder / "good.json").write_text(json.dumps(results))
    for i, field in enumerate(("level_id", "session")):
        hostile = {**results, field: f"x{ESCAPE}\nnext line", "nickname": f"other-{i}"}
        (folder / f"hostile{i}.json").write_text(json.dumps(hostile))
    assert main(["class", "report", str(folder)]) == 0
    out, err = capsys.readouterr()
    assert "\x1b" not in out + err
    assert [line.split(":")[0] for line in err.splitlines()] == [
        str(folder / "hostile0.json"),
        str(folder / "hostile1.json"),
    ]
