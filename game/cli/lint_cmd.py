"""`citizen-score lint PATH...`: validate plus design warnings; --strict makes warnings fail.

Warnings a level lists under `intended_warnings` are counted apart, and `--show-intended`
prints them with the level's reason."""

import argparse
import sys
from pathlib import Path

from game.cli.args import named_path
from game.cli.common import add_brief_argument, level_paths, print_problems, unreadable_level
from game.core.content.loader import (
    FolderTooLargeError,
    duplicate_ids,
    printable_name,
)
from game.core.content.problems import Severity
from game.core.level import Level
from game.design.lint import lint_report


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="+", type=named_path, help="level files, folders or shipped level ids"
    )
    parser.add_argument("--strict", action="store_true", help="fail on warnings too")
    parser.add_argument(
        "--show-intended",
        action="store_true",
        help="also list the warnings each level marks as intended, with its reason",
    )
    add_brief_argument(parser)


def run(args: argparse.Namespace) -> int:
    try:
        files = level_paths(args.paths)
    except FolderTooLargeError as exc:
        print(f"citizen-score lint: {exc}", file=sys.stderr)
        return 2
    if not files:
        print("citizen-score lint: no level files found in the given paths")
        return 2
    passed: dict[Path, bool] = {}  # each file, and whether it passes
    loaded: list[tuple[Path, Level]] = []
    warnings = intended = unread = 0
    for path in files:
        problem = unreadable_level(str(path))
        if problem is not None:  # in the words of every command that takes a level
            print(f"citizen-score lint: {problem}", file=sys.stderr)
            passed[path] = False
            unread += 1
            continue
        report = lint_report(path)
        problems = report.problems
        print_problems(problems, path, brief=args.brief)
        intended += len(report.intended)
        for item in report.intended if args.show_intended else ():
            print(item.format())
        errors = sum(p.severity == Severity.ERROR for p in problems)
        warnings += len(problems) - errors
        passed[path] = not errors and not (args.strict and len(problems) > errors)
        if report.level is not None:
            loaded.append((path, report.level))
    warnings += _shared_ids(loaded, passed, args.strict)
    ok = sum(passed.values())
    if unread < len(passed):  # a count of files linted: none was when none could be read
        print(_summary(ok, len(passed) - ok, warnings, intended))
    return 0 if all(passed.values()) else 1


def _shared_ids(loaded: list[tuple[Path, Level]], passed: dict[Path, bool], strict: bool) -> int:
    """The warning validate gives for level ids two files share; under --strict those files
    fail. Returns how many warnings it printed."""
    problems = duplicate_ids(loaded)
    for problem in problems:
        print(problem.format())
    if strict:
        shared = {problem.file for problem in problems}
        for path, _ in loaded:
            passed[path] = passed[path] and printable_name(str(path)) not in shared
    return len(problems)


def _summary(ok: int, failed: int, warnings: int, intended: int) -> str:
    text = f"{ok} file{'s' if ok != 1 else ''} OK"
    if failed:
        text += f", {failed} failed"
    if warnings or intended:
        text += f", {warnings} warning{'s' if warnings != 1 else ''}"
    if intended:
        text += f" ({intended} intended)"
    return text
