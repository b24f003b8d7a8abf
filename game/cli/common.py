"""Helpers the commands share: loading a level by path or id, with problems printed."""

import sys

from game.core.content.loader import load_level
from game.core.level import Level
from game.paths import assets_dir, level_files, resolve_level


def load_or_report(name: str) -> Level | None:
    """Load a level named by path or id; print its problems to stderr and return None if any."""
    path = resolve_level(name)
    if path is None:
        known = ", ".join(p.stem for p in level_files()) or "none"
        print(
            f"citizen-score: no level file or level id '{name}' (shipped: {known})", file=sys.stderr
        )
        return None
    result = load_level(path, assets=assets_dir())
    for problem in result.problems:
        print(problem.format(), file=sys.stderr)
    return result.level if result.ok else None


def non_negative_int(text: str) -> int:
    """argparse type for seeds and counts."""
    import argparse

    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"'{text}' must be 0 or more")
    return value
