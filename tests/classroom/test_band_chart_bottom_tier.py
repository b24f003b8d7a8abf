"""The class score chart names the tier the lowest students ended in, even when that tier's
own line lies far below the chart: with scores hidden, an unnamed band under the lowest line
left the teacher no way to tell where those students were."""

from __future__ import annotations

import pytest

from game.classroom.code import make_code
from game.classroom.levels import shipped_levels
from game.classroom.report import ClassReport, build_report
from game.classroom.report_html import band_chart
from tests.classroom.conftest import results_of

LOW = "Low rater (below 3.00)"
"""Nosedive's lowest tier: it starts at 1.00, far below where a class of raters falls to."""
LOW_HIDDEN = "Low rater"
"""The same tier where scores were hidden: its name without the range's numbers."""


def _class_with_low_raters(hide_scores: bool) -> ClassReport:
    level = next(lv for lv in shipped_levels() if lv.id == "nosedive")
    code = make_code(level.id, level.content_hash, 3, hide_scores=hide_scores)
    students = [
        results_of(level, code, f"s{i}", "dissident" if i % 2 else "conformist", i)
        for i in range(4)
    ]
    assert sum(r.outcome.final_tier == "low" for r in students) >= 2
    return build_report(students, level)


@pytest.mark.parametrize("hide_scores", [True, False], ids=["tiers only", "scores shown"])
def test_the_page_chart_names_the_tier_under_its_lowest_line(hide_scores: bool):
    name = LOW_HIDDEN if hide_scores else LOW
    assert f">{name}</text>" in band_chart(_class_with_low_raters(hide_scores))


def test_the_projector_chart_names_the_tier_under_its_lowest_line(projector):
    assert LOW_HIDDEN in projector(_class_with_low_raters(True))
