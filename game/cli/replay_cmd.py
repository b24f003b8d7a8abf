"""`citizen-score replay FILE`: re-run a record; exit 0 only if every event is identical."""

import argparse
import sys

from game.cli.args import named_path
from game.cli.common import printable_line
from game.cli.records import level_changed, level_of_record, read_record
from game.core.record import comparable, replay

PROG = "citizen-score replay"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "record", type=named_path, help="a session record written by autoplay or the game"
    )
    parser.add_argument(
        "--level",
        help="the level file (or id); by default the level with the record's id and hash "
        "in the levels folder",
    )


def run(args: argparse.Namespace) -> int:
    record = read_record(args.record, PROG)
    if record is None:
        return 1
    level = level_of_record(record, args.level, PROG)
    if level is None:
        return 1
    if level.content_hash != record.level_hash:
        print(level_changed(level, record, PROG), file=sys.stderr)
        return 1
    _, events = replay(level, record.seed, list(record.actions))
    return compare(*comparable(record, events))


def compare(recorded: list[str], replayed: list[str]) -> int:
    """0 if identical; otherwise print the first difference and return 1. A shared record's
    events are text anyone could write: escape sequences in them are shown, not sent."""
    for index, (want, got) in enumerate(zip(recorded, replayed, strict=False)):
        if want != got:
            want, got = printable_line(want), printable_line(got)
            print(f"first difference at event {index}:\n  recorded: {want}\n  replayed: {got}")
            return 1
    if len(recorded) != len(replayed):
        print(f"event counts differ: recorded {len(recorded)}, replayed {len(replayed)}")
        return 1
    print(f"replay identical: {len(replayed)} events")
    return 0
