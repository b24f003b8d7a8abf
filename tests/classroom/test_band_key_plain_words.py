"""The score chart's key, on the projector and on the class report's page, in words a class
of 14-year-olds reads: 'median' and '10th to 90th percentile' are words of a statistics
lesson. It says what the line and each band are in plain words."""

import re

from game.classroom.report import build_report
from game.classroom.report_html import report_html

HARD_WORDS = ("median", "percentile")


def test_the_projectors_chart_key_has_no_statistics_words(projector, sesame, class_results):
    drawn = " ".join(projector(build_report(class_results, sesame))).lower()
    assert "8 in 10 of you" in drawn
    assert not [w for w in HARD_WORDS if w in drawn], drawn


def test_the_pages_chart_key_has_no_statistics_words(sesame, class_results):
    page = report_html(build_report(class_results, sesame))
    (key,) = re.findall(r"<p class='legend muted'>(.*?)</p>", page)
    text = re.sub(r"<[^>]+>", " ", key).lower()
    assert "8 in 10 of you" in text and "middle score" in text
    assert not [w for w in HARD_WORDS if w in text], text
