"""What the class report page shows on the projector: the numbers students saw in the game,
and the level's own questions to finish the discussion."""

import re

import pytest

from game.classroom.code import make_code
from game.classroom.levels import shipped_levels
from game.classroom.report import build_report
from game.classroom.report_html import band_chart, report_html
from game.core.level import Level
from tests.classroom.conftest import bot_results


@pytest.fixture(scope="module")
def nosedive() -> Level:
    return next(lv for lv in shipped_levels() if lv.id == "nosedive")


@pytest.fixture(scope="module")
def nosedive_class(nosedive):
    code = make_code(nosedive.id, nosedive.content_hash, 1)
    return [bot_results(nosedive, code, i) for i in range(5)]


def test_the_chart_marks_each_tier_with_the_number_the_game_showed(nosedive, nosedive_class):
    chart = band_chart(build_report(nosedive_class, nosedive))
    numbers = re.findall(r">(\d[\d.]*)</text>", chart)
    shown = {nosedive.spec.score.shown(t.min) for t in nosedive.tiers}
    tier_numbers = [n for n in numbers if "." in n]
    assert tier_numbers and set(tier_numbers) <= shown
    assert not {str(t.min) for t in nosedive.tiers if t.min > 10} & set(numbers)


def test_tier_names_are_drawn_after_the_bands_so_nothing_covers_them(nosedive, nosedive_class):
    chart = band_chart(build_report(nosedive_class, nosedive))
    last_band = chart.rindex("<polyline")
    for tier in nosedive.tiers:
        if f">{tier.label}</text>" in chart:
            assert chart.index(f">{tier.label}</text>") > last_band


def test_the_page_ends_with_the_levels_own_questions(nosedive, nosedive_class):
    page = report_html(build_report(nosedive_class, nosedive))
    section = page[page.index("More questions about Nosedive") :]
    for question in nosedive.spec.debrief.questions:
        assert question.replace("'", "&#x27;") in section


def test_the_page_goes_from_what_happened_to_why_to_the_questions(nosedive, nosedive_class):
    page = report_html(build_report(nosedive_class, nosedive))
    order = [
        "How the class's scores moved",
        "What the class chose",
        "Questions for the class",
        "More questions about Nosedive",
    ]
    assert [page.index(h) for h in order] == sorted(page.index(h) for h in order)


def test_a_goal_nobody_met_is_asked_about_as_what_stood_in_the_way(nosedive, nosedive_class):
    from game.classroom.report import Tally, discussion_prompts

    goal = Tally("stand_by_kit", "Stand by Kit", 0, 1)
    (question,) = discussion_prompts((), (goal,), (), ())
    assert question == "None of you managed \u201cStand by Kit\u201d. What stood in the way?"


def test_a_report_of_one_student_says_1_student_and_draws_no_empty_bands(nosedive, nosedive_class):
    page = report_html(build_report(nosedive_class[:1], nosedive))
    assert "1 student ·" in page and "1 students" not in page
    assert "the one student's score" in page and "middle half" not in page


def test_the_csv_gives_each_final_score_as_the_game_showed_it(nosedive, nosedive_class):
    import csv
    import io

    from game.classroom.report_csv import report_csv

    rows = list(csv.DictReader(io.StringIO(report_csv(build_report(nosedive_class, nosedive)))))
    shown = sorted(nosedive.spec.score.shown(r.outcome.final_score) for r in nosedive_class)
    assert sorted(r["final_score"] for r in rows) == shown
    assert all(r["version"] == "4" and "." in r["final_score"] for r in rows)
