"""What a student hands in is a class results file (the level, its version, the seed and the
actions); the teacher who wants that student's own debrief runs `citizen-score debrief` on it."""

from pathlib import Path

from game.classroom.code import make_code
from game.classroom.files import write_results
from game.cli.main import main
from game.core.content.loader import load_level
from tests.classroom.conftest import results_of
from tests.conftest import FIXTURES


def test_the_debrief_of_a_handed_in_results_file_is_that_students_debrief(tmp_path: Path, capsys):
    level = load_level(FIXTURES.parents[2] / "levels" / "sesame_garden.yaml").level
    assert level is not None
    code = make_code(level.id, level.content_hash, 2)
    handed_in = write_results(
        results_of(level, code, "swift-otter-42", "conformist", 1), tmp_path / "r.json"
    )
    assert main(["debrief", str(handed_in)]) == 0
    assert "Your 10 days" in capsys.readouterr().out


def test_a_file_that_is_neither_a_record_nor_results_is_named_as_such(tmp_path: Path, capsys):
    other = tmp_path / "settings.json"
    other.write_text('{"kind": "citizen-score-settings", "version": 1}', encoding="utf-8")
    assert main(["debrief", str(other)]) == 1
    assert capsys.readouterr().err.strip() == (
        f"citizen-score debrief: {other}: not a session record or a class results file"
    )


def test_a_damaged_results_file_says_what_is_wrong_in_it(tmp_path: Path, capsys):
    damaged = tmp_path / "r.json"
    damaged.write_text('{"kind": "citizen-score-results", "version": 1}', encoding="utf-8")
    assert main(["debrief", str(damaged)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"citizen-score debrief: {damaged}: ") and "results file" not in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
