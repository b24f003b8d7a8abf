"""Headless tests: dummy SDL drivers before pygame is imported anywhere, user data in a temp dir."""

import os
from pathlib import Path

import pytest

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")

FIXTURES = Path(__file__).parent / "fixtures" / "levels"


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
