"""The dashboard on the projector says when it cannot reach the collector: stopped (Ctrl+C,
its window closed, the laptop asleep), the page kept the last numbers with no word, so the
teacher waited for students who had already finished. Back, the note goes."""

import re

import pytest

from game.classroom.dashboard import STALE, dashboard_html
from tests.classroom.test_render_in_browser import BROWSER, dom

pytestmark = pytest.mark.skipif(
    BROWSER is None, reason="Chromium not found (apt-get install -y chromium)"
)


def _stale_note(rendered: str) -> str:
    found = re.search(r'<p class="stale" id="stale"( hidden="")?>', rendered)
    assert found, "no note on the page"
    return "hidden" if found.group(1) else "shown"


def test_a_dashboard_that_cannot_reach_its_collector_says_its_numbers_may_be_old(tmp_path):
    code = "CS-2KGG-JJT0-00BZ-0000-28JS-Z"
    page = tmp_path / "dashboard.html"  # opened where no collector answers /status.json
    page.write_text(dashboard_html({code: {"joined": 3, "finished": 1}}, {}), encoding="utf-8")
    rendered = dom(page.as_uri())
    assert _stale_note(rendered) == "shown"
    assert STALE in rendered.replace("&amp;", "&")
    assert '<span class="n">3</span> joined' in rendered  # the last numbers stay


def test_a_dashboard_that_reaches_its_collector_shows_no_such_note(serve, sesame, class_results):
    running = serve({class_results[0].session: sesame.id})
    host, port = running.address
    rendered = dom(f"http://{host}:{port}/")
    assert 'data-live="yes"' in rendered
    assert _stale_note(rendered) == "hidden"
