"""A student who finishes and plays again under a new nickname (the game picks a new random
one when started again) is one student: the class report, its CSV and its page count each
computer account's first finished game once, and list the later ones as played again."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from game.classroom.code import make_code
from game.classroom.finish import finish_level
from game.classroom.gather import NOTHING_TO_DO, gather, to_check
from game.classroom.report import build_report
from game.classroom.report_csv import report_csv
from game.classroom.report_html import report_html
from game.classroom.results import RESULTS_VERSION, parse_results
from game.classroom.verify import trusted
from game.cli.main import main
from game.sim.bots import chooser_for
from game.sim.runner import run_episode


def play(level, code, nickname: str, strategy: str, folder: Path, bot_seed: int = 1):
    """A finished game on this computer account (the user folder the test set), as the game
    keeps it when the level ends: the results file, sent too if the code collects."""
    episode = run_episode(level, chooser_for(level, strategy), code.seed, bot_seed=bot_seed)
    return finish_level(
        code,
        nickname,
        level,
        code.seed,
        episode.actions,
        episode.outcome,
        strategy,
        folder / f"{nickname}.json",
    )


def another_computer(monkeypatch, tmp_path: Path, name: str) -> None:
    """The next games are played from another computer account (its own user folder)."""
    monkeypatch.setenv("CITIZEN_SCORE_HOME", str(tmp_path / name))


@pytest.fixture
def handed_in(tmp_path, monkeypatch, sesame) -> Path:
    """Three computers: the first finished, then played again under a new nickname."""
    code = make_code(sesame.id, sesame.content_hash, 7)
    folder = tmp_path / "handed-in"
    folder.mkdir()
    another_computer(monkeypatch, tmp_path, "pc-1")
    play(sesame, code, "brave-owl-7", "conformist", folder)
    play(sesame, code, "quiet-newt-31", "dissident", folder)
    another_computer(monkeypatch, tmp_path, "pc-2")
    play(sesame, code, "swift-otter-42", "maximiser", folder)
    another_computer(monkeypatch, tmp_path, "pc-3")
    play(sesame, code, "tidy-yak-12", "random", folder)
    return folder


def report_of(folder: Path, levels):
    level, found, _ = trusted(gather([folder]), levels)
    return build_report(found.results, level)


def test_a_results_file_says_which_computer_account_played_it(handed_in):
    data = json.loads((handed_in / "brave-owl-7.json").read_text("utf-8"))
    again = json.loads((handed_in / "quiet-newt-31.json").read_text("utf-8"))
    other = json.loads((handed_in / "swift-otter-42.json").read_text("utf-8"))
    assert data["version"] == RESULTS_VERSION == 3
    assert data["seat"] == again["seat"] != other["seat"]
    assert len(data["seat"]) == 32
    assert data["finished"] <= again["finished"]


def test_a_student_who_played_again_under_a_new_nickname_counts_once(handed_in, sesame):
    report = report_of(handed_in, [sesame])
    assert report.students == 3
    assert {r.nickname for r in report.rows} == {"brave-owl-7", "swift-otter-42", "tidy-yak-12"}
    assert all(t.of == 3 for t in report.goals)


def test_the_game_played_again_is_listed_after_the_first_one_it_follows(handed_in, sesame):
    (replay,) = report_of(handed_in, [sesame]).replays
    assert replay.nickname == "quiet-newt-31"
    assert replay.replay_of == "brave-owl-7"


def test_the_first_game_to_finish_counts_whatever_order_the_files_come_in(handed_in, sesame):
    level, found, _ = trusted(gather([handed_in]), [sesame])
    forward = build_report(found.results, level)
    backward = build_report(list(reversed(found.results)), level)
    assert forward == backward
    assert [r.nickname for r in forward.replays] == ["quiet-newt-31"]


def test_the_csv_lists_the_game_played_again_as_not_counted(handed_in, sesame):
    rows = list(csv.DictReader(io.StringIO(report_csv(report_of(handed_in, [sesame])))))
    counted = {r["nickname"]: (r["counted"], r["replay_of"]) for r in rows}
    assert counted == {
        "brave-owl-7": ("yes", ""),
        "swift-otter-42": ("yes", ""),
        "tidy-yak-12": ("yes", ""),
        "quiet-newt-31": ("no", "brave-owl-7"),
    }


def test_the_page_says_a_game_was_played_again_and_names_no_one(handed_in, sesame):
    page = report_html(report_of(handed_in, [sesame]))
    assert "3 students" in page
    assert "1 game was played again on a computer that had already finished" in page
    assert "Played again, not counted" in page
    for nickname in ("brave-owl-7", "quiet-newt-31"):
        assert nickname not in page


def test_the_report_command_counts_the_student_who_played_again_once(handed_in, tmp_path, capsys):
    argv = ["class", "report", str(handed_in), "--csv", str(tmp_path / "class.csv")]
    assert main(argv) == 0
    out, err = capsys.readouterr()
    assert "Sesame Garden: 3 students" in out
    (line,) = [x for x in err.splitlines() if "played again" in x]
    assert line.startswith("quiet-newt-31 (")
    assert "finished as brave-owl-7" in line and line.endswith(NOTHING_TO_DO)


def test_results_sent_from_one_computer_under_two_nicknames_count_once(
    serve, sesame, tmp_path, monkeypatch
):
    running = serve()
    code = running.collect_code(sesame)
    running.store.add_session(code.text, sesame.id)
    folder = tmp_path / "kept"
    folder.mkdir()
    another_computer(monkeypatch, tmp_path, "pc-1")
    assert play(sesame, code, "brave-owl-7", "conformist", folder).delivery.ok
    assert play(sesame, code, "quiet-newt-31", "dissident", folder).delivery.ok
    another_computer(monkeypatch, tmp_path, "pc-2")
    assert play(sesame, code, "swift-otter-42", "maximiser", folder).delivery.ok
    running.stop()
    report = report_of(running.db, [sesame])
    assert report.students == 2
    assert [(r.nickname, r.replay_of) for r in report.replays] == [("quiet-newt-31", "brave-owl-7")]


def test_results_from_an_older_game_without_a_seat_each_count_as_a_student(handed_in, sesame):
    for path in handed_in.glob("*.json"):
        data = json.loads(path.read_text("utf-8"))
        del data["seat"], data["finished"]
        data["version"] = 2
        parse_results(data)  # still a results file an older game wrote
        path.write_text(json.dumps(data), "utf-8")
    report = report_of(handed_in, [sesame])
    assert report.students == 4
    assert report.replays == ()


def test_of_one_computers_games_the_one_that_finished_first_counts(handed_in, sesame):
    first, again = handed_in / "brave-owl-7.json", handed_in / "quiet-newt-31.json"
    one, two = (json.loads(p.read_text("utf-8")) for p in (first, again))
    one["finished"], two["finished"] = two["finished"], one["finished"]
    first.write_text(json.dumps(one), "utf-8")
    again.write_text(json.dumps(two), "utf-8")
    (replay,) = report_of(handed_in, [sesame]).replays
    assert (replay.nickname, replay.replay_of) == ("brave-owl-7", "quiet-newt-31")


def test_a_game_played_again_under_the_same_nickname_on_one_computer_needs_nothing_checked(
    tmp_path, monkeypatch, sesame
):
    code = make_code(sesame.id, sesame.content_hash, 7)
    folder = tmp_path / "handed-in"
    folder.mkdir()
    (folder / "first").mkdir()
    (folder / "again").mkdir()
    another_computer(monkeypatch, tmp_path, "pc-1")
    play(sesame, code, "brave-owl-7", "conformist", folder / "first")
    play(sesame, code, "brave-owl-7", "dissident", folder / "again")
    found = gather([folder / "first", folder / "again"])
    assert to_check(found.problems) == []  # not "2 different results ..., all counted"
    report = build_report(found.results, sesame)
    assert report.students == 1 and len(report.replays) == 1


def test_a_seat_written_by_hand_is_refused_in_one_line(handed_in):
    data = json.loads((handed_in / "brave-owl-7.json").read_text("utf-8"))
    data["seat"] = "my-laptop"
    with pytest.raises(ValueError) as refused:
        parse_results(data)
    assert str(refused.value) == "seat: a seat is 32 digits and letters a to f"
