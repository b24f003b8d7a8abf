"""`citizen-score debrief RECORD [--html FILE]`: text, or one self-contained HTML page that
headless Chromium renders."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from game.cli.main import main
from game.core.record import SessionRecord
from game.sim.bots import BUILT_IN
from game.sim.runner import run_episode
from game.userfiles import write_json
from tests.conftest import FIXTURES

SOURCE_LINK = re.compile(r'<li id="src\d+"><a href="https?://[^"]+">https?://[^<]+</a></li>')


@pytest.fixture(scope="module")
def record_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from game.core.content.loader import load_level

    level = load_level(FIXTURES.parents[2] / "levels" / "sesame_garden.yaml").level
    episode = run_episode(level, BUILT_IN["conformist"], 2)
    path = tmp_path_factory.mktemp("records") / "run.json"
    record = SessionRecord(level.id, level.content_hash, 2, episode.actions)
    write_json(path, record.to_json())
    return path


def test_the_debrief_command_prints_the_text_debrief(record_file: Path, capsys):
    assert main(["debrief", str(record_file)]) == 0
    out = capsys.readouterr().out
    assert "Your 10 days" in out and "Had you " in out


def test_a_broken_record_is_one_line_and_exit_one(tmp_path: Path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    assert main(["debrief", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not valid JSON" in err


def test_the_html_page_has_no_web_reference_but_its_source_links(record_file: Path, tmp_path):
    out = tmp_path / "debrief.html"
    assert main(["debrief", str(record_file), "--html", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert "<svg" in page and "<script" not in page and " src=" not in page
    assert SOURCE_LINK.search(page)
    assert not re.search(r"https?://", SOURCE_LINK.sub("", page))


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(
    _chromium() is None, reason="chromium is not installed (apt-get install -y chromium)"
)
def test_the_html_page_renders_in_headless_chromium(record_file: Path, tmp_path: Path):
    page, shot = tmp_path / "debrief.html", tmp_path / "debrief.png"
    assert main(["debrief", str(record_file), "--html", str(page)]) == 0
    command = [
        _chromium(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        f"--screenshot={shot}",
        "--window-size=1000,1400",
        page.as_uri(),
    ]
    subprocess.run(command, capture_output=True, timeout=120, check=False)
    assert shot.is_file() and shot.stat().st_size > 20_000


def test_the_text_debrief_gives_the_towns_measures_in_words(record_file: Path, capsys):
    assert main(["debrief", str(record_file)]) == 0
    out = capsys.readouterr().out
    town = out[out.index("The same rules over a modelled town, in words:") :]
    assert "at the start" in town and "on day " in town


def test_the_page_calls_the_seed_a_scenario_and_says_what_it_means(
    record_file: Path, tmp_path: Path
):
    out = tmp_path / "debrief.html"
    assert main(["debrief", str(record_file), "--html", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert "Seed 2." not in page
    assert "Scenario 2: the same number always brings the same days." in page
