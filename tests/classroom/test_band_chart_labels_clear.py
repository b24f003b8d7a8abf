"""On the report page's score chart, no tier name has a line drawn through it: in Nosedive
the class's median line ran through "Well liked (4.00 to 4.49)" between its two words, where
it read as a hyphen ("Well-liked"). The names are measured as Chromium draws them."""

import re
from pathlib import Path

import pytest

from game.classroom.code import make_code
from game.classroom.levels import shipped_levels
from game.classroom.report import build_report
from game.classroom.report_html import band_chart, report_html
from tests.classroom.conftest import bot_results
from tests.classroom.test_render_in_browser import BROWSER, dom

pytestmark = pytest.mark.skipif(
    BROWSER is None, reason="Chromium not found (apt-get install -y chromium)"
)

MEASURE = """<script>
const svg = document.querySelector('.chart svg');
const lines = [];
const median = svg.querySelector('polyline').points;
for (let i = 1; i < median.numberOfItems; i++) {
  lines.push([median.getItem(i - 1), median.getItem(i), 2]);
}
for (const l of svg.querySelectorAll('line')) {
  lines.push([{x: +l.getAttribute('x1'), y: +l.getAttribute('y1')},
              {x: +l.getAttribute('x2'), y: +l.getAttribute('y2')}, 0.5]);
}
const crossed = [];
for (const t of svg.querySelectorAll('text[paint-order]')) {
  const b = t.getBBox();
  for (const [p, q, half] of lines) {
    for (let s = 0; s <= 200; s++) {
      const x = p.x + (q.x - p.x) * s / 200, y = p.y + (q.y - p.y) * s / 200;
      if (x >= b.x && x <= b.x + b.width && y + half >= b.y && y - half <= b.y + b.height) {
        crossed.push(t.textContent); s = 201;
      }
    }
  }
}
document.body.dataset.crossed = JSON.stringify([...new Set(crossed)]);
document.body.dataset.names = svg.querySelectorAll('text[paint-order]').length;
</script>"""


def crossed_names(page: str, folder: Path) -> tuple[list[str], int]:
    """The tier names (and the numbers by them) that a line of the chart runs through, and
    how many are drawn, as Chromium lays the page out."""
    page = re.sub(r"<meta http-equiv='Content-Security-Policy'[^>]*>", "", page)
    file = folder / "measured.html"
    file.write_text(page.replace("</body>", MEASURE + "</body>"), encoding="utf-8")
    shown = dom(file.as_uri(), window="1280,1200", budget_ms=2000)
    crossed = re.search(r'data-crossed="([^"]*)"', shown)
    names = re.search(r'data-names="(\d+)"', shown)
    assert crossed and names, "the measuring script did not run"
    import html
    import json

    return json.loads(html.unescape(crossed.group(1))), int(names.group(1))


@pytest.fixture(scope="module")
def nosedive_class():
    level = next(lv for lv in shipped_levels() if lv.id == "nosedive")
    code = make_code(level.id, level.content_hash, 7)
    return level, [bot_results(level, code, i) for i in range(6)]


def test_the_median_line_does_not_run_through_a_tier_name(nosedive_class, tmp_path):
    level, students = nosedive_class
    report = build_report(students, level)
    assert "Well liked (4.00 to 4.49)" in band_chart(report)
    crossed, names = crossed_names(report_html(report), tmp_path)
    assert names >= 4
    assert crossed == []


def test_no_line_runs_through_a_tier_name_on_sesame_garden(sesame, class_results, tmp_path):
    crossed, names = crossed_names(report_html(build_report(class_results, sesame)), tmp_path)
    assert names >= 1
    assert crossed == []
