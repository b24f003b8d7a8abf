"""On a wide scale with tiers close together (Model City: C, B, A and AA within 150 of
1,200 points) the page's chart names only the tiers it has room for: names printed over
each other read as none. Every tier keeps its dashed line."""

from __future__ import annotations

import re
from itertools import pairwise

import pytest

from game.classroom.code import make_code
from game.classroom.levels import shipped_levels
from game.classroom.report import ClassReport, build_report, chart_frame
from game.classroom.report_html import CHART_W, PAD, band_chart
from tests.classroom.conftest import results_of

_TEXT = re.compile(r"<text x='([\d.]+)' y='([\d.]+)'[^>]*>([^<]*)</text>")


@pytest.fixture(scope="module")
def report() -> ClassReport:
    level = next(lv for lv in shipped_levels() if lv.id == "model_city")
    code = make_code(level.id, level.content_hash, 1)
    strategies = ("model_resident", "street_vendor", "random", "conformist")
    students = [results_of(level, code, f"s{i}", s, i) for i, s in enumerate(strategies)]
    return build_report(students, level)


@pytest.fixture(scope="module")
def chart(report: ClassReport) -> str:
    return band_chart(report)


def _heights(chart: str, x: float) -> list[float]:
    return [float(y) for tx, y, _ in _TEXT.findall(chart) if float(tx) == x]


def test_no_two_tier_names_on_the_page_chart_are_closer_than_a_line_of_text(chart: str):
    names = sorted(_heights(chart, PAD + 6))
    assert len(names) >= 2
    assert all(b - a >= 20 for a, b in pairwise(names)), names


def test_no_two_tier_numbers_on_the_page_chart_are_closer_than_a_line_of_text(chart: str):
    numbers = sorted(_heights(chart, CHART_W - PAD + 4))
    assert all(b - a >= 20 for a, b in pairwise(numbers)), numbers


def test_a_tier_left_unnamed_keeps_its_dashed_line(report: ClassReport, chart: str):
    lines = chart.count("stroke-dasharray='6 6'")
    assert lines == len(chart_frame(report).tiers) > len(_heights(chart, PAD + 6))
