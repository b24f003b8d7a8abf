"""A score below 0 (a level whose scale goes there) is a number in the class CSV, as every
other score is; text that a spreadsheet would run as a formula still is not."""

from __future__ import annotations

import csv
import dataclasses

from game.classroom.report import build_report
from game.classroom.report_csv import report_csv
from game.core.level import Level


def _first_row(class_results, sesame: Level, **changed) -> dict[str, str]:
    report = build_report(class_results, sesame)
    row = dataclasses.replace(report.rows[0], **changed)
    report = dataclasses.replace(report, rows=(row,))
    return next(csv.DictReader(report_csv(report).splitlines()))


def test_a_negative_score_is_written_as_a_number(class_results, sesame: Level):
    assert _first_row(class_results, sesame, shown_score="-20")["final_score"] == "-20"


def test_a_strategy_that_starts_like_a_formula_is_still_written_as_text(class_results, sesame):
    row = _first_row(class_results, sesame, strategy="-2+3")
    assert row["strategy"] == "'-2+3"
