"""Helpers for the designer-tool tests: a valid level as text, and ways to vary it."""

from pathlib import Path

import pytest

from game.design.tutorial import level_text


@pytest.fixture
def write_level(tmp_path: Path):
    """Write YAML text to a level file in tmp_path and return its path."""

    def write(text: str, name: str = "level.yaml") -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write


@pytest.fixture
def tutorial_text() -> str:
    """The tutorial level: valid and lint-clean, a base that tests add one flaw to."""
    return level_text()
