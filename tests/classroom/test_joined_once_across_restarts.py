"""The dashboard counts each student's seat once. A game started again (`play --session CODE`
once more, or Join a class after the game was closed) joins again under a new random
nickname; with the collector stopped and started again in between, the dashboard counted
that student twice, and the teacher waited all lesson for a student who was already there.
A game's join says which computer account it comes from (a random id kept in its user
folder), so a second join from there replaces the first."""

from __future__ import annotations

import json
import urllib.request
from pathlib import Path

import pytest

from game.classroom.client import send_join, send_results
from game.classroom.code import SessionCode
from game.core.level import Level
from tests.classroom.conftest import Running, results_of

SEED = 7


@pytest.fixture
def seat_home(tmp_path: Path, monkeypatch) -> Path:
    """One student's computer account (its user folder)."""
    home = tmp_path / "student-1"
    monkeypatch.setenv("CITIZEN_SCORE_HOME", str(home))
    return home


def opened(serve, sesame: Level, **options) -> tuple[Running, SessionCode]:
    """A collector serving a class of Sesame Garden, and the class's code."""
    running = serve(**options)
    code = running.collect_code(sesame, SEED)
    running.store.add_session(code.text, sesame.id)
    return running, code


def joined(running: Running, code: SessionCode) -> dict[str, int]:
    host, port = running.address
    with urllib.request.urlopen(f"http://{host}:{port}/status.json", timeout=5) as answer:
        return json.load(answer)["sessions"][code.text]


def test_a_game_started_again_that_joins_under_a_new_nickname_after_a_collector_restart_counts_once(
    serve, sesame: Level, tmp_path: Path, seat_home: Path
):
    db = tmp_path / "class.db"
    running, code = opened(serve, sesame, db=db)
    assert send_join(code, "swift-otter-42").ok
    assert joined(running, code) == {"joined": 1, "finished": 0}
    running = running.restarted()
    assert send_join(code, "brave-heron-17").ok  # the game was started again: a new nickname
    assert joined(running, code) == {"joined": 1, "finished": 0}
    finished = results_of(sesame, code, "brave-heron-17", "conformist", 1)
    assert send_results(code, finished).ok
    assert joined(running, code) == {"joined": 1, "finished": 1}


def test_students_on_two_computers_are_two_joined(
    serve, sesame: Level, tmp_path: Path, monkeypatch
):
    running, code = opened(serve, sesame)
    for student in ("student-1", "student-2"):
        monkeypatch.setenv("CITIZEN_SCORE_HOME", str(tmp_path / student))
        assert send_join(code, f"{student}-nick").ok
    assert joined(running, code) == {"joined": 2, "finished": 0}


def test_a_second_student_on_a_computer_whose_first_student_finished_is_counted_too(
    serve, sesame: Level, seat_home: Path
):
    running, code = opened(serve, sesame)
    assert send_join(code, "swift-otter-42").ok
    assert send_results(code, results_of(sesame, code, "swift-otter-42", "conformist", 1)).ok
    assert send_join(code, "brave-heron-17").ok  # the next student in the same chair
    assert joined(running, code) == {"joined": 2, "finished": 1}


def test_a_nickname_two_computers_joined_under_stays_counted_when_one_of_them_joins_again(
    serve, sesame: Level, tmp_path: Path, monkeypatch
):
    running, code = opened(serve, sesame)
    for student in ("student-1", "student-2"):
        monkeypatch.setenv("CITIZEN_SCORE_HOME", str(tmp_path / student))
        assert send_join(code, "same-name-10").ok
    assert send_join(code, "other-name-11").ok  # student-2 starts again
    assert joined(running, code) == {"joined": 2, "finished": 0}


def test_the_same_nickname_joined_again_after_a_restart_counts_once(
    serve, sesame: Level, tmp_path: Path, seat_home: Path
):
    db = tmp_path / "class.db"
    running, code = opened(serve, sesame, db=db)
    assert send_join(code, "swift-otter-42").ok
    running = running.restarted()
    assert send_join(code, "swift-otter-42").ok
    assert joined(running, code) == {"joined": 1, "finished": 0}


def test_a_join_without_a_seat_or_with_a_garbled_one_counts_by_its_nickname(serve, sesame: Level):
    from game.classroom.client import SEAT_HEADER, post_json

    running, code = opened(serve, sesame)
    join = {"session": code.text, "nickname": "old-game-12"}
    assert post_json(running.address, "/join", join).ok  # a game of an older copy
    garbled = {SEAT_HEADER: "'; DROP TABLE joins; --"}
    assert post_json(running.address, "/join", {**join, "nickname": "odd-seat-13"}, 3, garbled).ok
    assert joined(running, code) == {"joined": 2, "finished": 0}


def test_a_game_whose_user_folder_cannot_keep_a_seat_still_joins(
    serve, sesame: Level, tmp_path: Path, monkeypatch
):
    home = tmp_path / "home_is_a_file"
    home.write_text("not a folder")
    monkeypatch.setenv("CITIZEN_SCORE_HOME", str(home))
    running, code = opened(serve, sesame)
    assert send_join(code, "swift-otter-42").ok
    assert joined(running, code) == {"joined": 1, "finished": 0}


def test_the_teachers_test_join_gives_its_place_to_the_student_who_joins_on_that_computer(
    serve, sesame: Level, seat_home: Path
):
    running, code = opened(serve, sesame)
    assert send_join(code, "teacher-test-1").ok  # as the guide says, before the lesson
    assert joined(running, code) == {"joined": 1, "finished": 0}
    assert send_join(code, "quiet-heron-5").ok  # the lesson: a student on that computer
    assert joined(running, code) == {"joined": 1, "finished": 0}


def test_one_shared_account_logged_in_on_two_computers_is_two_seats(
    serve, sesame: Level, seat_home: Path, monkeypatch
):
    import socket

    running, code = opened(serve, sesame)
    for computer in ("lab-pc-01", "lab-pc-02"):  # the account's folder follows it
        monkeypatch.setattr(socket, "gethostname", lambda name=computer: name)
        assert send_join(code, f"{computer}-nick").ok
    assert joined(running, code) == {"joined": 2, "finished": 0}
