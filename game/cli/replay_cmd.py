"""`citizen-score replay FILE`: re-run a record; exit 0 only if every event is identical."""

import argparse
import re
import sys
from pathlib import Path

from game.cli.common import load_or_report
from game.core.content.loader import load_level, printable_name
from game.core.level import Level
from game.core.record import SESSION_KIND, SESSION_VERSION, SessionRecord, comparable, replay
from game.paths import assets_dir, level_files, levels_dir
from game.userfiles import FileFormatError, read_json


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "record", type=Path, help="a session record written by autoplay or the game"
    )
    parser.add_argument(
        "--level",
        help="the level file (or id); by default the level with the record's id and hash "
        "in the levels folder",
    )


def run(args: argparse.Namespace) -> int:
    try:
        record = SessionRecord.from_json(read_json(args.record, SESSION_KIND, SESSION_VERSION))
    except FileFormatError as exc:
        print(f"citizen-score replay: {exc}", file=sys.stderr)
        return 1
    except ValueError as exc:
        print(f"citizen-score replay: {args.record}: {exc}", file=sys.stderr)
        return 1
    level = load_or_report(args.level) if args.level else _shipped_level(record)
    if level is None:
        return 1
    if level.content_hash != record.level_hash:
        print(
            f"citizen-score replay: the level '{level.id}' changed since this record was made "
            f"(hash {record.level_hash[:12]} recorded, {level.content_hash[:12]} now)",
            file=sys.stderr,
        )
        return 1
    _, events = replay(level, record.seed, list(record.actions))
    return compare(record.events, comparable(record, events))


def _shipped_level(record: SessionRecord) -> Level | None:
    """The level a record names, looked up by id (and hash) inside the levels folder only.

    A record is shared data: its level id is never used as a path.
    """
    if not re.fullmatch(r"[a-z][a-z0-9_]{0,47}", record.level_id):
        shown = printable_name(record.level_id[:60])
        print(f"citizen-score replay: the record names '{shown}', not a level id", file=sys.stderr)
        return None
    found = []
    for path in level_files():
        result = load_level(path, assets=assets_dir())
        if result.ok and result.level is not None and result.level.id == record.level_id:
            found.append(result.level)
    found.sort(key=lambda lv: lv.content_hash != record.level_hash)
    if not found:
        print(
            f"citizen-score replay: no level with id '{record.level_id}' in {levels_dir()}"
            " (give the file with --level PATH)",
            file=sys.stderr,
        )
        return None
    return found[0]


def compare(recorded: tuple[str, ...], replayed: list[str]) -> int:
    """0 if identical; otherwise print the first difference and return 1."""
    for index, (want, got) in enumerate(zip(recorded, replayed, strict=False)):
        if want != got:
            print(f"first difference at event {index}:\n  recorded: {want}\n  replayed: {got}")
            return 1
    if len(recorded) != len(replayed):
        print(f"event counts differ: recorded {len(recorded)}, replayed {len(replayed)}")
        return 1
    print(f"replay identical: {len(replayed)} events")
    return 0
