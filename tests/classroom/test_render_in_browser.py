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


def dom(url: str) -> str:
    done = subprocess.run(
        [
            BROWSER,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--virtual-time-budget=4000",
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
