"""The UI fixtures, for hostile tests that drive the real app, and a results file the game
wrote, for tests that spoil it."""

import json
from pathlib import Path

import pytest

from game.cli.main import main
from tests.conftest import FIXTURES
from tests.ui.conftest import app, levels_dir  # noqa: F401


@pytest.fixture
def results(tmp_path: Path) -> dict:
    """What `autoplay --results` writes for the all-features level, as JSON data."""
    path = tmp_path / "results.json"
    level = str(FIXTURES / "all_features.yaml")
    assert main(["autoplay", level, "--results", str(path), "--nickname", "shy-fox-12"]) == 0
    return json.loads(path.read_text())
