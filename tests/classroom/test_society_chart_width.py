"""The class report's society chart on a narrow window (800 px, a phone): shown at least
SOCIETY_MIN_WIDTH wide so its words stay readable, sliding sideways in its own box."""

import re

import pytest

from game.classroom.report import build_report
from game.classroom.report_html import SOCIETY_MIN_WIDTH, report_html

from .test_render_in_browser import BROWSER, dom

pytestmark = pytest.mark.skipif(
    BROWSER is None, reason="Chromium not found (apt-get install -y chromium)"
)

MEASURE = (
    "<script>const img = document.querySelector('img');"
    "const root = document.documentElement;"
    "document.body.dataset.img = Math.round(img.getBoundingClientRect().width);"
    "document.body.dataset.page = root.clientWidth;"
    "document.body.dataset.scroll = root.scrollWidth;</script>"
)
PNG_1X1 = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000100e221bc330000000049454e44ae426082"
)


@pytest.mark.parametrize("window", ["800,1200", "500,900"])
def test_the_society_chart_keeps_readable_words_on_a_narrow_window_without_the_page_scrolling(
    tmp_path, sesame, class_results, window
):
    page = report_html(build_report(class_results, sesame), society_png=PNG_1X1)
    page = re.sub(r"<meta http-equiv='Content-Security-Policy'[^>]*>", "", page)
    file = tmp_path / "narrow.html"
    file.write_text(page.replace("</body>", MEASURE + "</body>"), encoding="utf-8")
    shown = dom(file.as_uri(), window=window, budget_ms=2000)
    sizes = {k: int(v) for k, v in re.findall(r'data-(img|page|scroll)="(\d+)"', shown)}
    assert sizes["img"] >= SOCIETY_MIN_WIDTH, sizes
    assert sizes["scroll"] <= sizes["page"], sizes
