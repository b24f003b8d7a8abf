"""A student who never joins an opt-in score (Sesame's "Not now") had no score: their results
say so, the CSV gives them no score and the tier "not joined", and the class chart counts the
students who joined, saying how many it leaves out."""

from __future__ import annotations

import csv
import io

import pygame
import pytest

from game.classroom.code import make_code
from game.classroom.report import ClassReport, build_report
from game.classroom.report_csv import report_csv
from game.classroom.report_html import report_html
from game.classroom.results import Results, make_results, parse_results
from game.classroom.verify import replayed
from game.core.level import Level
from game.sim.runner import run_episode
from tests.choosers import stays_out_of_sesame
from tests.classroom.conftest import bot_results

SEED = 7
JOINERS = (0, 1, 3, 4)
"""Bot students who join (student 2 plays the dissident, who stays out)."""


def never_joined(level: Level, nickname: str) -> Results:
    code = make_code(level.id, level.content_hash, SEED)
    episode = run_episode(level, stays_out_of_sesame, SEED)
    return make_results(
        nickname, code.text, level.id, level.content_hash, SEED, episode.actions, episode.outcome
    )


@pytest.fixture(scope="module")
def outsiders(sesame: Level) -> list[Results]:
    return [never_joined(sesame, f"out-{i}") for i in range(2)]


@pytest.fixture(scope="module")
def mixed(sesame: Level, outsiders: list[Results]) -> ClassReport:
    code = make_code(sesame.id, sesame.content_hash, SEED)
    return build_report([bot_results(sesame, code, i) for i in JOINERS] + outsiders, sesame)


def test_results_say_when_a_student_never_joined(sesame: Level, outsiders: list[Results]):
    code = make_code(sesame.id, sesame.content_hash, SEED)
    assert [r.outcome.joined for r in outsiders] == [False, False]
    assert bot_results(sesame, code, 1).outcome.joined is True


def test_results_that_never_joined_read_back_and_replay_as_handed_in(sesame, outsiders):
    again = parse_results(outsiders[0].to_json())
    assert again.outcome.joined is False and replayed(again, sesame) is None


def test_a_version_1_file_that_does_not_say_still_reads_and_replays(sesame, outsiders):
    data = outsiders[0].to_json()
    data["version"] = 1
    del data["outcome"]["joined"]
    old = parse_results(data)
    assert old.outcome.joined is None and replayed(old, sesame) is None


def test_the_csv_gives_a_student_who_never_joined_no_score(mixed: ClassReport):
    rows = {r["nickname"]: r for r in csv.DictReader(io.StringIO(report_csv(mixed)))}
    assert rows["out-0"]["final_score"] == "" and rows["out-0"]["final_tier"] == "not joined"
    assert rows["student-01"]["final_score"] and rows["student-01"]["final_tier"] != "not joined"


def test_the_class_chart_counts_the_students_who_joined(sesame, mixed: ClassReport):
    code = make_code(sesame.id, sesame.content_hash, SEED)
    joined_only = build_report([bot_results(sesame, code, i) for i in JOINERS], sesame)
    assert mixed.bands == joined_only.bands and mixed.unjoined == 2
    assert (
        "2 of 6 never joined, so had no score: the chart shows the 4 who did, from the day each joined."
        in (report_html(mixed))
    )


def test_a_class_where_nobody_joined_draws_no_chart_and_says_why(outsiders, sesame):
    report = build_report(outsiders, sesame)
    page = report_html(report)
    assert "None of you joined, so nobody had a score to chart." in page
    assert "<svg" not in page.split("<h2>Goals met</h2>")[0]  # no tiers, no 550 drawn


def test_the_projector_says_nobody_joined_instead_of_a_chart(projector, outsiders, sesame):
    drawn = " ".join(projector(build_report(outsiders, sesame)))
    assert "None of you joined" in drawn and "550" not in drawn


def test_the_projector_chart_says_who_it_leaves_out(projector, mixed: ClassReport):
    drawn = " ".join(projector(mixed))
    assert "2 of 6 never joined" in drawn


def test_the_projector_town_rings_no_median_when_nobody_joined(outsiders, sesame):
    from game.ui.app import App
    from game.ui.scenes.class_debrief import ClassDebriefScene
    from game.ui.scenes.flow import Director
    from tests.ui.drive import press

    app = App()
    try:
        app.replace(ClassDebriefScene(app.kit, app, Director(app), build_report(outsiders, sesame)))
        app.tick(0.016)
        while app.top.step.kind != "society":
            press(app, pygame.K_RIGHT, frames=1)
        town = app.top.society
        assert town is not None and town.player_score is None
        assert town.marker_label == "None of you joined, so you are not among them"
    finally:
        pygame.quit()
