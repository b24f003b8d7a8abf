"""A session made with --hide-scores keeps score numbers out of the class report too: the
page, the CSV and the projector give tiers, as the game did (docs/teacher-guide.md)."""

from __future__ import annotations

import csv
import io
import re

import pygame
import pytest

from game.classroom.code import make_code
from game.classroom.levels import as_played
from game.classroom.report import ClassReport, build_report
from game.classroom.report_csv import report_csv
from game.classroom.report_html import report_html
from game.core.level import Level
from tests.classroom.conftest import bot_results
from tests.classroom.projector import Recording

SEED = 7


def class_report(level: Level, hide: bool) -> ClassReport:
    code = make_code(level.id, level.content_hash, SEED, hide_scores=hide)
    played = as_played(level, code)
    return build_report([bot_results(played, code, i) for i in range(5)], level)


@pytest.fixture(scope="module")
def hidden(sesame: Level) -> ClassReport:
    return class_report(sesame, True)


@pytest.fixture(scope="module")
def shown(sesame: Level) -> ClassReport:
    return class_report(sesame, False)


def tier_numbers(page: str, report: ClassReport) -> set[str]:
    """Tier thresholds written as text in the page's chart."""
    return {str(m) for _, m in report.tiers} & set(re.findall(r">(\d+)</text>", page))


def test_a_report_knows_its_session_hid_scores(hidden: ClassReport, shown: ClassReport):
    assert hidden.hide_scores and not shown.hide_scores


def test_the_page_of_a_hidden_session_gives_no_tier_numbers_and_says_why(hidden, shown):
    assert tier_numbers(report_html(shown), shown)
    page = report_html(hidden)
    assert not tier_numbers(page, hidden)
    assert "Scores were hidden from students" in page
    assert any(f">{label}</text>" in page for label, _ in hidden.tiers)


def test_the_csv_of_a_hidden_session_leaves_the_score_out_and_keeps_the_tier(hidden, shown):
    for report, has_score in ((hidden, False), (shown, True)):
        rows = list(csv.DictReader(io.StringIO(report_csv(report))))
        scored = [r for r in rows if r["final_tier"] != "not joined"]  # the dissident stays out
        assert scored and all(bool(r["final_score"]) == has_score for r in scored)
        assert all(r["final_tier"] for r in rows)


def test_the_projector_chart_of_a_hidden_session_draws_no_tier_numbers(projector, hidden, shown):
    numbers = {str(m) for _, m in shown.tiers}
    assert numbers & set(projector(shown))
    drawn = projector(hidden)
    assert not numbers & set(drawn)
    assert {label for label, _ in hidden.tiers} & set(drawn)


def test_the_projector_town_of_a_hidden_session_rings_the_class_without_a_number(sesame):
    from game.ui.society_view import SocietyView

    pygame.font.init()
    views = {}
    for show in (True, False):
        text = Recording()
        rect = pygame.Rect(0, 0, 800, 500)
        view = SocietyView(
            sesame, 1, rect, 612, citizens=200, text=text, marker="Class median", show_score=show
        )
        views[show] = (view, text)
    surface = pygame.Surface((800, 500))
    for view, _ in views.values():
        for _ in range(500):
            if view.society is not None:
                break
            view.update(budget_ms=50)
        view.draw(surface)
    pygame.font.quit()
    assert "Class median (612)" in views[True][1].drawn
    drawn = views[False][1].drawn
    assert "Class median" in drawn and "Class median (612)" not in drawn


@pytest.fixture(scope="module")
def nosedive_hidden() -> ClassReport:
    from game.classroom.levels import shipped_levels

    return class_report(next(lv for lv in shipped_levels() if lv.id == "nosedive"), True)


def test_a_hidden_session_names_tiers_without_their_ranges(nosedive_hidden: ClassReport):
    assert [label for label, _ in nosedive_hidden.tiers] == [
        "Low rater",
        "Ordinary",
        "Well liked",
        "Prime",
    ]
    assert "4.50" not in report_csv(nosedive_hidden)


def test_a_class_that_hides_scores_plays_tiers_named_without_their_ranges():
    from game.classroom.levels import shipped_levels

    nosedive = next(lv for lv in shipped_levels() if lv.id == "nosedive")
    code = make_code(nosedive.id, nosedive.content_hash, SEED, hide_scores=True)
    played = as_played(nosedive, code)
    assert played.tier_for(450).label == "Prime"
    assert played.content_hash == nosedive.content_hash
