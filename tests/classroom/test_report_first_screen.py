"""The class report opened on a projector or a school laptop: the first screen shows the
title, the whole score chart and its key, from a 1024x600 screen (about 1024x510 inside a
browser window) to 1920x1080. On 1024x600 the page opened on the top half of the chart."""

import re

import pytest

from game.classroom.code import make_code
from game.classroom.levels import shipped_levels
from game.classroom.report import build_report
from game.classroom.report_html import report_html

from .conftest import results_of
from .test_render_in_browser import BROWSER, dom

pytestmark = pytest.mark.skipif(
    BROWSER is None, reason="Chromium not found (apt-get install -y chromium)"
)

MEASURE = (
    "<script>const chart = document.querySelector('.chart svg').getBoundingClientRect();"
    "const key = document.querySelector('.legend').getBoundingClientRect();"
    "const word = document.querySelector('.chart svg text').getBoundingClientRect();"
    "document.body.dataset.key = Math.ceil(key.bottom);"
    "document.body.dataset.chart = Math.round(chart.top);"
    "document.body.dataset.inside = window.innerHeight;"
    "document.body.dataset.word = Math.round(word.height);</script>"
)


def measured(tmp_path, report, window: str) -> dict[str, int]:
    page = report_html(report)
    page = re.sub(r"<meta http-equiv='Content-Security-Policy'[^>]*>", "", page)
    file = tmp_path / "report.html"
    file.write_text(page.replace("</body>", MEASURE + "</body>"), encoding="utf-8")
    shown = dom(file.as_uri(), window=window, budget_ms=2000)
    return {k: int(v) for k, v in re.findall(r'data-(key|chart|inside|word)="(\d+)"', shown)}


@pytest.mark.parametrize("window", ["1024,600", "1366,768", "1280,800", "1920,1080"])
def test_the_first_screen_shows_the_whole_score_chart_and_its_key(
    tmp_path, sesame, class_results, window
):
    report = build_report(class_results, sesame)
    sizes = measured(tmp_path, report, window)
    assert sizes["key"] <= sizes["inside"], sizes
    assert sizes["word"] >= 13, sizes


PRINT_RULES = (
    "<script>const rules = [...document.styleSheets[0].cssRules]"
    ".filter(r => r.media && r.media.mediaText === 'print').flatMap(r => [...r.cssRules]);"
    "const rule = s => rules.find(r => r.selectorText === s);"
    "document.body.dataset.img = rule('.wide img').style.minWidth;"
    "document.body.dataset.bg = rule('body').style.backgroundColor;"
    "document.body.dataset.rows = rules.filter(r => r.style.breakInside === 'avoid')"
    ".map(r => r.selectorText).join(' ');</script>"
)


def test_the_printed_page_is_on_white_fits_the_town_chart_and_keeps_rows_whole(
    tmp_path, sesame, class_results
):
    page = report_html(build_report(class_results, sesame), society_png=b"\x89PNG")
    page = re.sub(r"<meta http-equiv='Content-Security-Policy'[^>]*>", "", page)
    file = tmp_path / "report.html"
    file.write_text(page.replace("</body>", PRINT_RULES + "</body>"), encoding="utf-8")
    shown = dom(file.as_uri(), budget_ms=2000)
    found = dict(re.findall(r'data-(img|bg|rows)="([^"]*)"', shown))
    assert found["img"] in ("0", "0px"), found
    assert found["bg"] in ("rgb(255, 255, 255)", "#fff"), found
    assert ".row" in found["rows"] and "li" in found["rows"], found


def test_a_report_with_every_note_above_its_chart_still_shows_the_chart_whole_on_1024x600(
    tmp_path,
):
    """Scores hidden, a game played again and two codes: three notes above the chart."""
    nosedive = next(lv for lv in shipped_levels() if lv.id == "nosedive")

    codes = [make_code(nosedive.id, nosedive.content_hash, s, hide_scores=True) for s in (7, 8)]
    games = []
    for i, strategy in enumerate(("conformist", "dissident", "maximiser", "random")):
        played = results_of(nosedive, codes[i // 3], f"kid-{i}", strategy, i)
        seat = ("1" if i < 2 else str(i)) * 32  # the first computer played twice
        games.append(played.model_copy(update={"seat": seat, "finished": i}))
    report = build_report(games, nosedive)
    assert report.hide_scores and report.replays and len(report.sessions) == 2
    sizes = measured(tmp_path, report, "1024,600")
    assert sizes["key"] <= sizes["inside"], sizes
