"""The class report counts a pre-ticked answer that stood at the end, whether the student
pressed Enter on it (it is focused first) or left the question unanswered: counting only the
unanswered ones showed '0 of 13 left the box ticked' beside '3 of 13 kept their data'."""

import csv
import io

from game.classroom.report import build_report
from game.classroom.report_csv import report_csv

CONSENT = "report_consent"
"""Sesame Garden's annual spending report: its pre-ticked answer signs the player up."""


def _chose_the_ticked_box(results):
    return [r for r in results if r.outcome.answers.get(CONSENT) == ("report_agree", False)]


def test_students_who_chose_the_pre_ticked_answer_count_as_keeping_it(sesame, class_results):
    chose = _chose_the_ticked_box(class_results)
    assert chose, "no student in this class chose the pre-ticked answer: pick other results"
    report = build_report(class_results, sesame)
    tally = next(t for t in report.choices if t.key == f"default:{CONSENT}")
    assert tally.count == len(chose)
    assert tally.label == (
        "kept the pre-ticked \u201cClose the report (box stays ticked)\u201d "
        "(Your annual spending report)"
    )


def test_the_csv_lists_the_pre_ticked_answers_each_student_kept(sesame, class_results):
    chose = {r.nickname for r in _chose_the_ticked_box(class_results)}
    rows = list(csv.DictReader(io.StringIO(report_csv(build_report(class_results, sesame)))))
    kept = {r["nickname"] for r in rows if "Your annual spending report" in r["kept_pre_ticked"]}
    assert kept == chose
