"""The class report on a phone (Chromium lays out no narrower than 500 px): the score chart's
words stay readable (14 px or more) and the chart scrolls sideways in its own box, not the
page."""

import re

import pytest

from game.classroom.report import build_report
from game.classroom.report_html import report_html

from .test_render_in_browser import BROWSER, dom

pytestmark = pytest.mark.skipif(
    BROWSER is None, reason="Chromium not found (apt-get install -y chromium)"
)

MEASURE = (
    "<script>const label = document.querySelector('svg text');"
    "const root = document.documentElement;"
    "document.body.dataset.text = Math.round(label.getBoundingClientRect().height);"
    "document.body.dataset.page = root.clientWidth;"
    "document.body.dataset.scroll = root.scrollWidth;</script>"
)


def test_the_score_charts_words_are_14_pixels_or_more_on_a_phone_and_the_page_does_not_scroll_sideways(
    tmp_path, sesame, class_results
):
    page = report_html(build_report(class_results, sesame))
    page = re.sub(r"<meta http-equiv='Content-Security-Policy'[^>]*>", "", page)
    file = tmp_path / "phone.html"
    file.write_text(page.replace("</body>", MEASURE + "</body>"), encoding="utf-8")
    shown = dom(file.as_uri(), window="500,900", budget_ms=2000)
    sizes = {k: int(v) for k, v in re.findall(r'data-(text|page|scroll)="(\d+)"', shown)}
    assert sizes["page"] <= 500, "the window was not phone wide"
    assert sizes["text"] >= 14, sizes
    assert sizes["scroll"] <= sizes["page"], sizes
