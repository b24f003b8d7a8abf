"""`class report` replays each student's run once: the replay that checks a file against its
own actions also says which days the student had a score (Sesame Garden's opt-in score),
which the chart of score bands needs. It replayed every run a second time for that."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

import game.classroom.report
import game.classroom.verify
from game.classroom.code import make_code
from game.classroom.gather import gather
from game.classroom.report import build_report, score_bands
from game.classroom.results import Results
from game.classroom.verify import trusted
from game.cli.main import main
from game.core.level import Level
from game.core.outcome import outcome_of
from tests.classroom.conftest import bot_results

STUDENTS = 5


@pytest.fixture
def replays(monkeypatch) -> Counter:
    """How many times the engine replayed each run (by its seed and first actions): the real
    replay runs, wrapped only to be counted."""
    counted: Counter = Counter()

    def counting(level, seed, actions):
        counted[(seed, tuple(str(a) for a in actions))] += 1
        return outcome_of(level, seed, actions)

    monkeypatch.setattr(game.classroom.verify, "outcome_of", counting)
    monkeypatch.setattr(game.classroom.report, "outcome_of", counting)
    return counted


@pytest.fixture(scope="module")
def students(sesame: Level) -> list[Results]:
    code = make_code(sesame.id, sesame.content_hash, 7)
    return [bot_results(sesame, code, i) for i in range(STUDENTS)]


def _hand_in(folder: Path, students: list[Results]) -> Path:
    folder.mkdir()
    for r in students:
        (folder / f"{r.nickname}.json").write_text(json.dumps(r.to_json()))
    return folder


def test_class_report_replays_each_students_run_once_on_a_level_with_an_opt_in_score(
    tmp_path: Path, students: list[Results], sesame: Level, replays: Counter, capsys
):
    assert sesame.spec.score.joined_if is not None  # the level has a consent question
    folder = _hand_in(tmp_path / "handed-in", students)
    argv = ["class", "report", str(folder), "--html", str(tmp_path / "r.html")]
    assert main(argv) == 0, capsys.readouterr().err
    assert len(replays) == STUDENTS
    assert set(replays.values()) == {1}


def test_the_score_bands_from_the_checking_replay_are_those_a_replay_of_their_own_gives(
    tmp_path: Path, students: list[Results], sesame: Level
):
    level, found = trusted(gather([_hand_in(tmp_path / "handed-in", students)]), [sesame])[:2]
    assert build_report(found.results, level).bands == score_bands(found.results, level)


def test_a_class_that_saw_no_scores_is_charted_from_the_same_days_as_one_that_did(
    tmp_path: Path, sesame: Level
):
    hidden = make_code(sesame.id, sesame.content_hash, 7, hide_scores=True)
    students = [bot_results(sesame, hidden, i) for i in range(STUDENTS)]
    level, found = trusted(gather([_hand_in(tmp_path / "handed-in", students)]), [sesame])[:2]
    assert len(found.results) == STUDENTS
    assert build_report(found.results, level).bands == score_bands(found.results, level)


def test_the_projector_replays_each_students_run_once(
    tmp_path: Path, students: list[Results], replays: Counter
):
    from game.classroom.source import report_from

    folder = _hand_in(tmp_path / "handed-in", students)
    report, _ = report_from(str(folder))
    assert report is not None and report.students == STUDENTS
    assert set(replays.values()) == {1}
