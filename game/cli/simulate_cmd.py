"""`citizen-score simulate LEVEL --strategy NAME... --runs N --seed S [--csv F] [--png F]`.

Plays a level N times per strategy (seeds S .. S+N-1) and prints a balance table and why:
the rules that moved the score, the actions chosen most, and why goals were missed.
`--compare B.yaml` plays a second version with the same seeds and strategies side by side,
then says per strategy what differs (`--why` adds each version's full reasons);
`--set PATH=VALUES` plays one version per value of a number.
"""

import argparse
import csv
import io
import shutil
import sys
import tempfile
import textwrap
from pathlib import Path

from game.cli.args import bounded_int, output_file, seed_int
from game.cli.common import (
    cannot_write,
    load_or_report,
    misnamed_output,
    outputs_writable,
    shown,
    write_output,
)
from game.core.content.problems import did_you_mean
from game.core.level import Level
from game.core.seeds import MAX_SEED
from game.design.entry_paths import named_in
from game.paths import resolve_level
from game.sim.batch import simulate
from game.sim.bots import BUILT_IN, strategy_names
from game.sim.stats import CSV_FIELDS, RunSummary, StrategyStats, aggregate, csv_row
from game.sim.stats_text import (
    COLUMNS,
    COMPARE_HELP,
    WIDTH,
    format_compare,
    format_differences,
    format_sweep,
    format_table,
    format_why,
)
from game.sim.sweep import SweepError, parse_sweep, variant

PROG = "citizen-score simulate"


MAX_RUNS = 10_000
"""Runs per strategy at most: percentiles are steady long before, and a run takes ~5 ms."""
MAX_WORKERS = 64
"""Processes at most: more than the machine's cores only wait for each other."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("level", nargs="?", help="a level file or the id of a shipped level")
    parser.add_argument(
        "--strategy",
        nargs="+",
        action="extend",
        metavar="NAME",
        help="built-in or level-defined strategies (default: all of them)",
    )
    parser.add_argument(
        "--runs",
        type=bounded_int(1, MAX_RUNS),
        default=100,
        help=f"runs per strategy (1 to {MAX_RUNS}, default 100)",
    )
    parser.add_argument("--seed", type=seed_int, default=0, help="the first seed (default 0)")
    parser.add_argument("--csv", type=output_file, help="write one row per run here (a .csv file)")
    parser.add_argument(
        "--png", type=output_file, help="write score trajectories here (a .png file)"
    )
    parser.add_argument(
        "--workers",
        type=bounded_int(1, MAX_WORKERS),
        help=f"processes to use, 1 to {MAX_WORKERS} (default: by size and CPUs)",
    )
    parser.add_argument(
        "--compare",
        metavar="B",
        action="append",
        help="a second version of the level, played side by side",
    )
    parser.add_argument(
        "--set",
        dest="sweep",
        action="append",
        metavar="PATH=VALUES",
        help="play one version per value of a number, like rules.my_rule.delta=-10,-20,-40",
    )
    parser.add_argument(
        "--why",
        action="store_true",
        help="with --compare: also print each version's full 'why' lists",
    )
    parser.epilog = COLUMNS + COMPARE_HELP
    parser.formatter_class = argparse.RawDescriptionHelpFormatter


def _level_after_strategies(args: argparse.Namespace) -> str | None:
    """`--strategy a b LEVEL` takes the level for one more strategy (the names take one or
    more words): the last word is the level then, unless it is a built-in strategy's name
    that names no level file. Names written with commas (`--strategy a,b`) are split, as ids
    never hold a comma, and a word with a comma is names, never the level. A message when no
    level is left."""
    words = list(args.strategy or [])
    if args.level is None and len(words) > 1 and "," not in words[-1]:
        last = words[-1]
        if last not in BUILT_IN or resolve_level(last) is not None:
            args.level = words.pop()
    args.strategy = [n for word in words for n in word.split(",") if n] or None
    if args.level is None:
        return "a level is needed: citizen-score simulate LEVEL [--strategy NAME ...]"
    return None


def run(args: argparse.Namespace) -> int:
    missing = _level_after_strategies(args)
    if missing:
        print(f"{PROG}: {missing}", file=sys.stderr)
        return 2
    if args.compare and len(set(args.compare)) > 1:  # the last one alone was played
        print(
            f"{PROG}: --compare once: A is played side by side with one B; compare the "
            "others in a run of their own",
            file=sys.stderr,
        )
        return 2
    args.compare = args.compare[0] if args.compare else None
    level = load_or_report(args.level, PROG)
    if level is None:
        return 1
    known = strategy_names(level)
    names = list(dict.fromkeys(args.strategy or known))
    unknown = [n for n in names if n not in known]
    if unknown:
        hint = did_you_mean(unknown[0], known)
        known_text = f"{hint} " if hint else ""
        print(
            f"{PROG}: unknown strategy '{unknown[0]}' ({known_text}known: {', '.join(known)})",
            file=sys.stderr,
        )
        return 2
    path = resolve_level(args.level)
    assert path is not None, "load_or_report resolved it"
    compare = resolve_level(args.compare) if args.compare else None
    if not outputs_writable((args.csv, args.png), PROG, (path, compare)):
        return 1
    seeds = range(args.seed, args.seed + args.runs)
    mixed = _mixed_options(args)
    if mixed:
        print(f"{PROG}: {mixed}", file=sys.stderr)
        return 2
    if args.sweep:
        return _sweep(args, level, path, names, seeds)
    other, refused = (None, 0) if args.compare is None else _version_b(args.compare, names)
    if refused:
        return refused
    results = simulate(level, path, names, seeds, workers=args.workers)
    stats = [aggregate(level, n, results[n]) for n in names]
    header = f"{level.id}: {args.runs} runs per strategy, seeds {seeds[0]}..{seeds[-1]}"
    header += _units(level)
    if other is not None:
        print(header)
        return _compare(args, level, other, stats, names, seeds)
    wrote = _write_outputs(args, level, results)  # first: a closed pipe must not stop them
    if wrote is None:
        return 1
    print(header)
    print(format_table(stats, _width()))
    print()
    print(format_why(stats, _width()))
    for line in wrote:
        print(line)
    return 0


def _mixed_options(args: argparse.Namespace) -> str | None:
    """Options that do not go together. The runs of two versions (or of each swept value)
    have no one file to go to: refused, rather than finishing with exit 0 and no file.
    Seeds past MAX_SEED would be played and written to the CSV, but no record, autoplay or
    class code could take one, so a run found there could never be played again."""
    last = args.seed + args.runs - 1
    if last > MAX_SEED:
        return (
            f"--seed {args.seed} with --runs {args.runs} would play seeds up to {last}, past "
            f"the largest seed autoplay and records take ({MAX_SEED}); use --seed "
            f"{MAX_SEED - args.runs + 1} or less"
        )
    if args.sweep and len(args.sweep) > 1:
        return (
            "--set once: one number is swept at a time (a second --set would replace the "
            "first); run simulate once per number"
        )
    if args.compare is not None and args.sweep:
        return "use --compare or --set, not both"
    if (args.compare is not None or args.sweep) and (args.csv or args.png):
        return "--csv and --png hold one version's runs; not with --compare or --set"
    return misnamed_output((("--csv", args.csv), ("--png", args.png)))


def _version_b(name: str, names: list[str]) -> tuple[Level | None, int]:
    """The level `--compare` names, loaded and checked before A plays, so a mistake in it
    costs no wait: (B, 0), or (None, exit code) after saying why on stderr."""
    other = load_or_report(name, PROG)
    if other is None:
        return None, 1
    missing = [n for n in names if n not in strategy_names(other)]
    if missing:
        both = ", ".join(n for n in names if n not in missing)
        print(
            f"{PROG}: {shown(name)} has no strategy '{missing[0]}' (hint: name strategies both "
            f"versions have with --strategy: {both})",
            file=sys.stderr,
        )
        return None, 2
    return other, 0


def _compare(
    args: argparse.Namespace,
    level: Level,
    other: Level,
    stats: list[StrategyStats],
    names: list[str],
    seeds: range,
) -> int:
    """B with the same seeds and strategies; rows that differ noticeably are marked."""
    other_path = resolve_level(args.compare)
    assert other_path is not None
    results = simulate(other, other_path, names, seeds, workers=args.workers)
    other_stats = [aggregate(other, n, results[n]) for n in names]
    span = level.spec.score.max - level.spec.score.min
    print(f"A: {args.level}")
    print(f"B: {args.compare}")
    if other.id != level.id:  # two levels, not two versions: every row will differ
        print(f"note: B is the level '{other.id}', not a version of '{level.id}'")
    print(format_compare(stats, other_stats, span, _width()))
    print()
    print(format_differences(stats, other_stats, _width()))
    if args.why:
        print()
        print(format_why(stats, _width()).replace("why: ", "why (A): "))
        print(format_why(other_stats, _width()).replace("why: ", "why (B): "))
    return 0


def _sweep(
    args: argparse.Namespace, level: Level, path: Path, names: list[str], seeds: range
) -> int:
    """One row per value of the swept number, one table per strategy."""
    source = path.read_text(encoding="utf-8")
    try:
        sweep = parse_sweep(args.sweep[0], source)
        variants = [variant(source, level.file, sweep, v) for v in sweep.values]
    except SweepError as exc:
        print(f"{PROG}: {named_in(str(exc), exc.data)}", file=sys.stderr)
        return 2
    per_value = []
    with tempfile.TemporaryDirectory() as folder:
        for i, (version, text) in enumerate(variants):
            copy = Path(folder) / f"sweep_{i}.yaml"
            copy.write_text(text, encoding="utf-8")
            results = simulate(version, copy, names, seeds, workers=args.workers)
            per_value.append([aggregate(version, n, results[n]) for n in names])
    print(
        f"{level.id}: {args.runs} runs per strategy and value, seeds {seeds[0]}..{seeds[-1]}"
        + _units(level)
    )
    print(format_sweep(sweep.text, sweep.values, names, per_value, _width()))
    return 0


def _write_outputs(
    args: argparse.Namespace, level: Level, results: dict[str, list[RunSummary]]
) -> list[str] | None:
    """Write the --csv and --png files; the lines that say so, or None after saying why one
    could not be written."""
    wrote = []
    target = args.csv  # the file being written, named as given (not the temp file)
    try:
        if args.csv:
            write_output(args.csv, _csv_text(results))
            wrote.append(f"wrote {sum(map(len, results.values()))} rows to {shown(args.csv)}")
        target = args.png
        if args.png:
            from game.sim.charts import trajectories_png

            write_output(args.png, trajectories_png(level.spec.meta.title, results, level.tiers))
            wrote.append(f"wrote score trajectories to {shown(args.png)}")
    except OSError as exc:
        cannot_write(PROG, target, exc)
        return None
    return wrote


def _csv_text(results: dict[str, list[RunSummary]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    for runs in results.values():
        writer.writerows(csv_row(r) for r in runs)
    return buffer.getvalue()


NARROWEST = 70
"""Output is never fitted to fewer columns than this (a table needs its row names)."""


def _width() -> int:
    """The columns to fit the output in: the terminal's (or COLUMNS), at most WIDTH, so a
    file or a pipe gets the same lines as a 100-column terminal."""
    return max(NARROWEST, min(WIDTH, shutil.get_terminal_size((WIDTH, 24)).columns))


def _units(level: Level) -> str:
    """A line saying that scores are in the file's units, for a score the game shows with
    decimals (a rating of 486 reads 4.86): the table's numbers are the ones to edit."""
    score = level.spec.score
    if not score.decimals:
        return ""
    example = score.max
    line = (
        f"scores are in the level file's units: players see {example} as "
        f"{score.shown(example)} (score.decimals: {score.decimals})"
    )
    return "\n" + textwrap.fill(line, _width(), break_long_words=False)
