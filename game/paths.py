"""Where the shipped levels and assets are, for a checkout or an editable install."""

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]


def levels_dir() -> Path:
    """The folder of shipped levels (CITIZEN_SCORE_LEVELS overrides it)."""
    override = os.environ.get("CITIZEN_SCORE_LEVELS")
    return Path(override) if override else PROJECT_ROOT / "levels"


def assets_dir() -> Path:
    return PROJECT_ROOT / "assets"


def level_files() -> list[Path]:
    """Every level file in the levels folder, by name."""
    folder = levels_dir()
    return sorted(folder.glob("*.yaml")) if folder.is_dir() else []


def resolve_level(name: str) -> Path | None:
    """A level given as a path or as an id of a shipped level; None when neither exists."""
    path = Path(name)
    if path.is_file():
        return path
    candidate = levels_dir() / f"{name}.yaml"
    return candidate if candidate.is_file() else None
