"""`citizen-score new-level PATH`: write a commented starter level; never overwrites."""

import argparse
import sys
from pathlib import Path

from game.design.starter import starter_text
from game.userfiles import write_atomic


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", type=Path, help="the level file to create (.yaml)")


def run(args: argparse.Namespace) -> int:
    path: Path = args.path
    if not path.name:
        print("citizen-score new-level: give a file name ending in .yaml", file=sys.stderr)
        return 1
    if path.exists():
        print(
            f"citizen-score new-level: {path} already exists; choose another name", file=sys.stderr
        )
        return 1
    if path.suffix not in (".yaml", ".yml"):
        print(f"citizen-score new-level: {path} must end in .yaml", file=sys.stderr)
        return 1
    try:
        write_atomic(path, starter_text(path), overwrite=False)
    except FileExistsError:
        print(
            f"citizen-score new-level: {path} already exists; choose another name", file=sys.stderr
        )
        return 1
    except OSError as exc:
        print(f"citizen-score new-level: cannot write {path}: {exc.strerror}", file=sys.stderr)
        return 1
    print(f"wrote {path}; check it with: citizen-score lint {path}")
    return 0
