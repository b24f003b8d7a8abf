"""Each bar row of the class report's page begins with a capital letter, as the projector's
rows do: "cut Xiaoyu" and "kept the pre-ticked ..." read as cut-off sentences on the page."""

import re

from game.classroom.report import build_report
from game.classroom.report_html import report_html


def test_every_bar_row_of_the_page_begins_with_a_capital(sesame, class_results):
    report = build_report(class_results, sesame)
    assert any(t.label[0].islower() for t in report.choices)
    page = report_html(report)
    labels = re.findall(r"<div class='row'><div>(.*?)</div>", page)
    assert labels and all(label[0].isupper() or not label[0].isalpha() for label in labels), labels
