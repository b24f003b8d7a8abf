"""Headless tests: dummy SDL drivers before pygame is imported anywhere, user data in a temp dir."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

FIXTURES = Path(__file__).parent / "fixtures" / "levels"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--fuzz",
        action="store_true",
        help="run the hostile property tests with many more examples (docs/reliability.md)",
    )


def pytest_configure(config: pytest.Config) -> None:
    from tests.hostile import budget

    budget.fuzz["on"] = bool(config.getoption("--fuzz"))


@pytest.fixture(autouse=True)
def user_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Saves and settings go to a fresh folder for every test."""
    home = tmp_path / "home"
    monkeypatch.setenv("CITIZEN_SCORE_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def all_features():
    from game.core.content.loader import load_level

    result = load_level(FIXTURES / "all_features.yaml")
    assert result.ok, [p.format() for p in result.problems]
    return result.level


def run_with_stdout_closed(argv: list[str]) -> subprocess.CompletedProcess[bytes]:
    """`citizen-score ARGV` with its output going to a pipe already closed at the other end,
    like `| head -1` that has already quit."""
    read, write = os.pipe()
    os.close(read)
    try:
        return subprocess.run(
            [sys.executable, "-m", "game", *argv],
            stdout=write,
            stderr=subprocess.PIPE,
            timeout=120,
            check=False,
        )
    finally:
        os.close(write)
