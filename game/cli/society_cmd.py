"""`citizen-score society LEVEL --citizens N --days D --seed S [--csv FILE] [--png FILE]`.

Runs the level's rules over a whole population (game/sim/society) and prints the
end-of-run measures; the CSV holds one row per day, the PNG the main curves. The same
seed gives the same society.
"""

import argparse
import sys
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
from game.core.level import Level
from game.core.rules.association import AssociationRule
from game.sim.society import SocietyError, run_society
from game.sim.society.model import MAX_CITIZENS, MAX_DAYS, MIN_CITIZENS

PROG = "citizen-score society"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("level", help="a level file or the id of a shipped level")
    parser.add_argument(
        "--citizens",
        type=bounded_int(MIN_CITIZENS, MAX_CITIZENS),
        default=10_000,
        help=f"population size, {MIN_CITIZENS} to {MAX_CITIZENS} (default 10000)",
    )
    parser.add_argument(
        "--days",
        type=bounded_int(1, MAX_DAYS),
        help=f"days to run, 1 to {MAX_DAYS} (default: the level's society days)",
    )
    parser.add_argument("--seed", type=seed_int, default=0, help="the random seed")
    parser.add_argument("--csv", type=output_file, help="write one row per day here (a .csv file)")
    parser.add_argument(
        "--png",
        type=output_file,
        help="write the main curves here (a .png file): score bands, or the share in each tier for a "
        "score of under 10 points",
    )


def run(args: argparse.Namespace) -> int:
    level = load_or_report(args.level, PROG)
    if level is None:
        return 1
    if not outputs_writable((args.csv, args.png), PROG, (Path(level.file),)):
        return 1
    misnamed = misnamed_output((("--csv", args.csv), ("--png", args.png)))
    if misnamed:
        print(f"{PROG}: {misnamed}", file=sys.stderr)
        return 2
    days = args.days or level.spec.society.days
    try:
        result = run_society(level, args.citizens, days, args.seed)
    except (SocietyError, MemoryError) as exc:
        print(f"{PROG}: {exc or 'not enough memory for this population'}", file=sys.stderr)
        return 1
    wrote = []  # written before anything is printed: a closed pipe must not stop them
    target = args.csv  # the file being written, named as given (not the temp file)
    try:
        if args.csv:
            write_output(args.csv, result.csv_text())
            wrote.append(f"wrote {days + 1} rows to {shown(args.csv)}")
        target = args.png
        if args.png:
            from game.sim.society.chart import level_png, tier_labels

            title = f"{level.spec.meta.title} (seed {args.seed})"  # a designer compares runs by it
            png = level_png(level, result, title, tier_labels(level, result))
            write_output(args.png, png)
            wrote.append(f"wrote the main curves to {shown(args.png)}")
    except OSError as exc:
        cannot_write(PROG, target, exc)
        return 1
    print("\n".join([*result.summary(level.spec.score.decimals), *_cast_lines(level), *wrote]))
    return 0


def _cast_lines(level: Level) -> list[str]:
    """How the model read the level's cast: an association rule counts the share of friends
    carrying its tags that the level's characters carry. A level with one character, tagged,
    gives that tag to every citizen's every friend, and the whole town sinks with no word of
    why; this says so."""
    from game.sim.society.regime import compile_regime, modelled_rules

    rules = [r for r in modelled_rules(level) if isinstance(r, AssociationRule)]
    cast = level.spec.characters
    lines = []
    for rule, association in zip(rules, compile_regime(level).associations, strict=True):
        if association.tag_share is None:
            continue
        tags = set(rule.tags)
        carrying = sum(1 for c in cast if tags & set(c.tags))
        lines.append(
            f"  {rule.id}: {carrying} of {len(cast)} characters tagged "
            f"{' or '.join(sorted(tags))}, so it counts {association.tag_share:.0%} of all "
            f"{level.spec.society.words.ties}"
        )
    if not lines:
        return []
    return ["association rules, as the model reads the level's characters:", *lines]
