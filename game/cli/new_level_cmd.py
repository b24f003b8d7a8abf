"""`citizen-score new-level PATH`: write a commented starter level; never overwrites."""

import argparse
import shlex
import sys
from pathlib import Path

from game.cli.common import cannot_write, shown, write_output
from game.design.starter import starter_text

PROG = "citizen-score new-level"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", type=Path, help="the level file to create (.yaml)")


def run(args: argparse.Namespace) -> int:
    path: Path = args.path
    if not path.name:
        print(f"{PROG}: give a file name ending in .yaml", file=sys.stderr)
        return 1
    if path.is_dir():
        example = shown(path / "my_level.yaml")
        print(
            f"{PROG}: {shown(path)} is a folder; give a file in it, like {example}", file=sys.stderr
        )
        return 1
    if path.exists():
        print(f"{PROG}: {shown(path)} already exists; choose another name", file=sys.stderr)
        return 1
    if path.suffix not in (".yaml", ".yml"):
        print(f"{PROG}: {shown(path)} must end in .yaml", file=sys.stderr)
        return 1
    try:
        write_output(path, starter_text(path), overwrite=False)
    except OSError as exc:
        if isinstance(exc, FileExistsError) and path.exists():  # made since the check above
            print(f"{PROG}: {shown(path)} already exists; choose another name", file=sys.stderr)
        else:
            cannot_write(PROG, path, exc)
        return 1
    command = f"citizen-score lint {shlex.quote(shown(path))}"  # a name with spaces pastes
    print(f"wrote {shown(path)}; check it with: {command}")
    return 0
