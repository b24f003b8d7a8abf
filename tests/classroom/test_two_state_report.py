"""A level whose score is a state (The List: listed or not) is reported as states: the page
and the projector speak of the court list status changing, not of scores moving, and draw
no 0 and 1 beside the tier lines."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from game.classroom.code import make_code
from game.classroom.levels import shipped_levels
from game.classroom.report import ClassReport, build_report
from game.classroom.report_html import report_html
from game.core.level import Level
from game.ui.scenes.class_debrief import steps_of
from tests.classroom.conftest import bot_results

SEED = 3


def class_report(level: Level) -> ClassReport:
    code = make_code(level.id, level.content_hash, SEED)
    return build_report([bot_results(level, code, i) for i in range(5)], level)


@pytest.fixture(scope="module")
def the_list() -> ClassReport:
    return class_report(next(lv for lv in shipped_levels() if lv.id == "the_list"))


@pytest.fixture(scope="module")
def sesame_report(sesame: Level) -> ClassReport:
    return class_report(sesame)


def test_a_report_of_the_list_knows_its_score_is_a_state(the_list, sesame_report):
    assert the_list.states == "Court list status" and not the_list.numbered
    assert sesame_report.states == "" and sesame_report.numbered


def test_the_list_page_speaks_of_its_status_not_of_scores(the_list):
    headings = re.findall(r"<h2>([^<]*)</h2>", report_html(the_list))
    assert "How the class's court list status changed" in headings
    assert "Biggest changes, most common first" in headings
    assert not [h for h in headings if "score" in h.lower()]


def test_a_counting_score_keeps_its_score_headings(sesame_report):
    headings = re.findall(r"<h2>([^<]*)</h2>", report_html(sesame_report))
    assert "How the class's scores moved" in headings
    assert "Biggest score changes, most common first" in headings


def chart_texts(report: ClassReport) -> list[str]:
    chart = report_html(report).split("<svg", 1)[1].split("</svg>", 1)[0]
    return re.findall(r">([^<>]+)</text>", chart)


def test_the_list_page_chart_names_its_states_without_their_numbers(the_list):
    numbered = chart_texts(replace(the_list, states=""))  # as if the score counted
    texts = chart_texts(the_list)
    assert {label for label, _ in the_list.tiers} <= set(texts)
    for number in the_list.tier_numbers:  # each drawn once less: the day ticks stay
        assert texts.count(number) == numbered.count(number) - 1


def test_the_projector_steps_of_the_list_speak_of_its_status(the_list):
    headings = [s.heading for s in steps_of(the_list)]
    assert "How the class's court list status changed" in headings
    assert not [h for h in headings if "score" in h.lower()]


def test_the_projector_chart_of_the_list_names_its_states_without_their_numbers(
    projector, the_list
):
    numbered = projector(replace(the_list, states=""))
    drawn = projector(the_list)
    assert {label for label, _ in the_list.tiers} <= set(drawn)
    for number in the_list.tier_numbers:
        assert drawn.count(number) == numbered.count(number) - 1
