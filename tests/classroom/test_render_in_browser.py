"""The HTML report and the live dashboard render in headless Chromium (skipped, with the
reason, where Chromium is not installed; .ci/run installs it)."""

import shutil
import subprocess
from pathlib import Path

import pytest

from game.classroom.report import build_report
from game.classroom.report_html import report_html

BROWSER = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    BROWSER is None, reason="Chromium not found (apt-get install -y chromium)"
)


def screenshot(url: str, out: Path) -> None:
    subprocess.run(
        [
            BROWSER,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            "--window-size=1280,2400",
            f"--screenshot={out}",
            url,
        ],
        capture_output=True,
        timeout=60,
        check=False,
    )


def dom(url: str, window: str | None = None, budget_ms: int = 4000) -> str:
    """The page's DOM after its scripts ran, in a window of this size ('500,900') if given."""
    size = [f"--window-size={window}"] if window else []
    done = subprocess.run(
        [
            BROWSER,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            *size,
            f"--virtual-time-budget={budget_ms}",
            "--dump-dom",
            url,
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    return done.stdout


def test_the_class_report_renders_its_charts_in_chromium(tmp_path, sesame, class_results):
    page = tmp_path / "report.html"
    page.write_text(report_html(build_report(class_results, sesame)), encoding="utf-8")
    shot = tmp_path / "report.png"
    screenshot(page.as_uri(), shot)
    assert shot.is_file() and shot.stat().st_size > 10_000
    rendered = dom(page.as_uri())
    assert rendered.count("<svg") >= 5 and "class report" in rendered


def test_the_dashboard_script_refreshes_the_counts_in_chromium(serve, sesame, class_results):
    from game.classroom.client import post_json

    running = serve({class_results[0].session: sesame.id})
    host, port = running.address
    post_json(running.address, "/results", class_results[0].to_json())
    post_json(running.address, "/results", class_results[1].to_json())
    rendered = dom(f"http://{host}:{port}/")
    assert 'data-live="yes"' in rendered, "the script did not fetch /status.json"
    assert '<span class="n">2</span> joined' in rendered


def test_the_dashboard_script_keeps_the_large_code_and_how_to_join_in_chromium(
    serve, sesame, class_results
):
    running = serve({class_results[0].session: sesame.id})
    host, port = running.address
    rendered = dom(f"http://{host}:{port}/")
    assert 'data-live="yes"' in rendered, "the script did not fetch /status.json"
    code = class_results[0].session
    assert (
        f'<p class="join">Students: choose Join a class and type this code</p><code>{code}</code>'
        in rendered
    )


def test_on_a_phone_wide_screen_each_label_gets_the_whole_line_above_its_bar(
    tmp_path, sesame, class_results
):
    import re

    page = report_html(build_report(class_results, sesame))
    page = re.sub(r"<meta http-equiv='Content-Security-Policy'[^>]*>", "", page)
    measure = (
        "<script>const row = document.querySelector('.row');"
        "const [label, bar] = [row.children[0], row.querySelector('svg')];"
        "document.body.dataset.label = Math.round(label.getBoundingClientRect().width);"
        "document.body.dataset.bar = Math.round(bar.getBoundingClientRect().width);"
        "document.body.dataset.page = document.documentElement.clientWidth;</script>"
    )
    file = tmp_path / "narrow.html"
    file.write_text(page.replace("</body>", measure + "</body>"), encoding="utf-8")
    shown = dom(file.as_uri(), window="500,3000", budget_ms=2000)
    sizes = dict(re.findall(r'data-(label|bar|page)="(\d+)"', shown))
    page_w, label_w, bar_w = (int(sizes[k]) for k in ("page", "label", "bar"))
    assert page_w <= 700, "the window was not phone wide"
    assert label_w >= page_w * 0.6 and bar_w >= page_w * 0.8
