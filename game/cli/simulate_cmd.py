"""`citizen-score simulate LEVEL --strategy NAME... --runs N --seed S [--csv F] [--png F]`.

Plays a level N times per strategy (seeds S .. S+N-1) and prints a balance table:
score percentiles, tiers reached, perk and restriction hit rates, goals met, and the
mean day of the first restriction.
"""

import argparse
import csv
import io
import os
import sys
from pathlib import Path

from game.cli.common import load_or_report, non_negative_int
from game.paths import resolve_level
from game.sim.batch import simulate
from game.sim.bots import strategy_names
from game.sim.stats import CSV_FIELDS, RunSummary, aggregate, csv_row, format_table
from game.userfiles import write_atomic

PROG = "citizen-score simulate"


MAX_RUNS = 10_000
"""Runs per strategy at most: percentiles are steady long before, and a run takes ~10 ms."""


def positive_int(text: str) -> int:
    """argparse type for --workers: 1 or more."""
    value = non_negative_int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"'{text}' must be 1 or more")
    return value


def run_count(text: str) -> int:
    """argparse type for --runs: 1 to MAX_RUNS."""
    value = positive_int(text)
    if value > MAX_RUNS:
        raise argparse.ArgumentTypeError(f"'{text}' is more than the maximum of {MAX_RUNS}")
    return value


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("level", help="a level file or the id of a shipped level")
    parser.add_argument(
        "--strategy",
        nargs="+",
        action="extend",
        metavar="NAME",
        help="built-in or level-defined strategies (default: all of them)",
    )
    parser.add_argument(
        "--runs", type=run_count, default=100, help=f"runs per strategy (1 to {MAX_RUNS})"
    )
    parser.add_argument("--seed", type=non_negative_int, default=0, help="the first seed")
    parser.add_argument("--csv", type=Path, help="write one row per run here")
    parser.add_argument("--png", type=Path, help="write score trajectories (PNG) here")
    parser.add_argument(
        "--workers", type=positive_int, help="processes to use (default: by size and CPUs)"
    )


def run(args: argparse.Namespace) -> int:
    level = load_or_report(args.level)
    if level is None:
        return 1
    known = strategy_names(level)
    names = list(dict.fromkeys(args.strategy or known))
    unknown = [n for n in names if n not in known]
    if unknown:
        print(
            f"{PROG}: unknown strategy '{unknown[0]}' (known: {', '.join(known)})",
            file=sys.stderr,
        )
        return 2
    for target in (args.csv, args.png):
        problem = target and _unwritable(target)
        if problem:
            print(f"{PROG}: cannot write {target}: {problem}", file=sys.stderr)
            return 1
    seeds = range(args.seed, args.seed + args.runs)
    path = resolve_level(args.level)
    assert path is not None, "load_or_report resolved it"
    results = simulate(level, path, names, seeds, workers=args.workers)
    print(f"{level.id}: {args.runs} runs per strategy, seeds {seeds[0]}..{seeds[-1]}")
    print(format_table([aggregate(level, n, results[n]) for n in names]))
    return _write_outputs(args, level.spec.meta.title, results)


def _unwritable(path: Path) -> str | None:
    """Why a file could not be written there, checked before a long run; None if it can."""
    if path.is_dir():
        return "it is a folder"
    folder = path.parent
    if not folder.is_dir():
        return f"no folder {folder}"
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        return "permission denied"
    return None


def _write_outputs(
    args: argparse.Namespace, title: str, results: dict[str, list[RunSummary]]
) -> int:
    try:
        if args.csv:
            write_atomic(args.csv, _csv_text(results))
            print(f"wrote {sum(map(len, results.values()))} rows to {args.csv}")
        if args.png:
            from game.sim.charts import trajectories_png

            write_atomic(args.png, trajectories_png(title, results))
            print(f"wrote score trajectories to {args.png}")
    except OSError as exc:
        print(f"{PROG}: cannot write {exc.filename}: {exc.strerror}", file=sys.stderr)
        return 1
    return 0


def _csv_text(results: dict[str, list[RunSummary]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    for runs in results.values():
        writer.writerows(csv_row(r) for r in runs)
    return buffer.getvalue()
