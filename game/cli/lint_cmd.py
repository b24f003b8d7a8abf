"""`citizen-score lint PATH...`: validate plus design warnings; --strict makes warnings fail.

Warnings a level lists under `intended_warnings` are counted apart, and `--show-intended`
prints them with the level's reason."""

import argparse
from pathlib import Path

from game.cli.common import add_brief_argument, level_paths, no_such_level, print_problems
from game.core.content.loader import file_missing
from game.core.content.problems import Severity
from game.design.lint import lint_report


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="+", type=Path, help="level files, folders or shipped level ids"
    )
    parser.add_argument("--strict", action="store_true", help="fail on warnings too")
    parser.add_argument(
        "--show-intended",
        action="store_true",
        help="also list the warnings each level marks as intended, with its reason",
    )
    add_brief_argument(parser)


def run(args: argparse.Namespace) -> int:
    files = level_paths(args.paths)
    if not files:
        print("citizen-score lint: no level files found in the given paths")
        return 2
    failed = ok = warnings = intended = 0
    for path in files:
        if file_missing(path):
            print(no_such_level(str(path)))
            failed += 1
            continue
        report = lint_report(path)
        problems = report.problems
        print_problems(problems, path, brief=args.brief)
        intended += len(report.intended)
        for item in report.intended if args.show_intended else ():
            print(item.format())
        errors = sum(p.severity == Severity.ERROR for p in problems)
        warned = len(problems) - errors
        warnings += warned
        if errors or (args.strict and warned):
            failed += 1
        else:
            ok += 1
    print(_summary(ok, failed, warnings, intended))
    return 1 if failed else 0


def _summary(ok: int, failed: int, warnings: int, intended: int) -> str:
    text = f"{ok} file{'s' if ok != 1 else ''} OK"
    if failed:
        text += f", {failed} failed"
    if warnings or intended:
        text += f", {warnings} warning{'s' if warnings != 1 else ''}"
    if intended:
        text += f" ({intended} intended)"
    return text
