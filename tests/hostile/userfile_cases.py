"""Hostile user files from tests/fixtures/hostile/userfiles, grouped by which file they pose as."""

import shutil
from pathlib import Path

from game.core.content.loader import load_level
from game.core.level import Level
from game.ui import store
from game.userfiles import data_dir
from tests.conftest import FIXTURES

USERFILES = Path(__file__).parents[1] / "fixtures" / "hostile" / "userfiles"


def cases(prefix: str) -> list[Path]:
    return sorted(USERFILES.glob(f"{prefix}_*.json"))


def level() -> Level:
    result = load_level(FIXTURES / "all_features.yaml")
    assert result.level is not None
    return result.level


def place_save(source: Path, lv: Level) -> Path:
    """Put a file where the game looks for this level's save."""
    target = data_dir() / "saves" / f"{store.level_slot(lv).replace('@', '.')}.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(source, target)
    return target
