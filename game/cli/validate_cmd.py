"""`citizen-score validate [PATH...]`: every problem as file:line:column, exit 1 if any.

With no path it checks the shipped levels (wherever the game is installed)."""

import argparse
import sys

from game.cli.args import named_path
from game.cli.common import add_brief_argument, level_paths, print_problems, unreadable_level
from game.core.content.loader import (
    FolderTooLargeError,
    duplicate_ids,
    load_level,
    printable_name,
)
from game.design.entry_paths import named_problems
from game.paths import assets_dir, levels_dir


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths",
        nargs="*",
        type=named_path,
        help="level files, folders or shipped level ids (default: the shipped levels)",
    )
    add_brief_argument(parser)


def run(args: argparse.Namespace) -> int:
    try:
        files = level_paths(args.paths or [levels_dir()])
    except FolderTooLargeError as exc:
        print(f"citizen-score validate: {exc}", file=sys.stderr)
        return 2
    if not files:
        print("citizen-score validate: no level files found in the given paths")
        return 2
    bad = 0
    loaded = []
    for path in files:
        name = printable_name(str(path))
        problem = unreadable_level(str(path))
        if problem is not None:  # in the words of every command that takes a level
            print(f"citizen-score validate: {problem}", file=sys.stderr)
            bad += 1
            continue
        result = load_level(path, assets=assets_dir())
        print_problems(named_problems(result.problems, path), path, brief=args.brief)
        if result.ok and result.level is not None:
            print(f"{name}: OK")
            loaded.append((path, result.level))
        else:
            bad += 1
    for problem in duplicate_ids(loaded):
        print(problem.format())
    return 1 if bad else 0
