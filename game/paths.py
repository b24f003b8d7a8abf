"""Where the shipped levels, assets and docs are: inside the installed package (a wheel puts
them in game/levels, game/assets, game/docs; see setup.py), or beside it in a checkout."""

import os
from importlib.resources import files
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
"""The checkout's top folder (for an installed wheel, the folder the package sits in)."""


def shipped(name: str) -> Path:
    """The shipped folder `name` ("levels", "assets", "docs"), installed or in the checkout."""
    packaged = Path(str(files("game"))) / name
    return packaged if packaged.is_dir() else PROJECT_ROOT / name


def levels_dir() -> Path:
    """The folder of shipped levels (CITIZEN_SCORE_LEVELS overrides it)."""
    override = os.environ.get("CITIZEN_SCORE_LEVELS")
    return Path(override) if override else shipped("levels")


def assets_dir() -> Path:
    return shipped("assets")


def level_files() -> list[Path]:
    """Every level file in the levels folder, by name."""
    folder = levels_dir()
    return sorted(folder.glob("*.yaml")) if folder.is_dir() else []


def resolve_level(name: str) -> Path | None:
    """A level given as a path or as an id of a shipped level; None when neither exists."""
    path = Path(name)
    try:
        if path.is_file():
            return path
        candidate = levels_dir() / f"{name}.yaml"
        return candidate if candidate.is_file() else None
    except (OSError, ValueError):  # a name too long for the system, or holding NUL
        return None
