"""Session records on the command line: reading one, and finding the level it was played on.

Kept apart from `common` so commands that never read a record (validate, lint, simulate)
do not load the engine and NumPy just to start.
"""

import re
import shlex
import sys
from pathlib import Path

from game.cli.common import load_or_report, no_record_file, printable_line
from game.core.content.loader import file_missing, load_level, printable_name
from game.core.level import Level
from game.core.record import SESSION_KIND, SESSION_VERSION, SessionRecord, action_from_json
from game.paths import assets_dir, level_files, levels_dir
from game.userfiles import FileFormatError, read_json


def level_of_record(record: SessionRecord, explicit: str | None, prog: str) -> Level | None:
    """The level a record was played on: `explicit` (a path or id from the command line), or
    the level with the record's id (and, by preference, hash) inside the levels folder.

    A record is shared data: its level id is never used as a path.
    """
    if explicit:
        level = load_or_report(explicit, prog)
        if level is not None and level.id != record.level_id:
            shown = printable_line(record.level_id[:60])
            print(f"{prog}: the record was played on '{shown}', not '{level.id}'", file=sys.stderr)
            return None
        return level
    if not re.fullmatch(r"[a-z][a-z0-9_]{0,47}", record.level_id):
        shown = printable_line(record.level_id[:60])
        print(f"{prog}: the record names '{shown}', not a level id", file=sys.stderr)
        return None
    found = []
    for path in level_files():
        result = load_level(path, assets=assets_dir())
        if result.ok and result.level is not None and result.level.id == record.level_id:
            found.append(result.level)
    found.sort(key=lambda lv: lv.content_hash != record.level_hash)
    if not found:
        print(
            f"{prog}: no level with id '{record.level_id}' in {levels_dir()}"
            " (give the file with --level PATH)",
            file=sys.stderr,
        )
        return None
    return found[0]


def level_changed(level: Level, record: SessionRecord, prog: str) -> str:
    """The line for a record played on another version of its level: which versions, and
    what to do (without it a teacher with a student's older file was stuck)."""
    was = printable_line(record.level_hash[:12])
    return (
        f"{prog}: the level '{level.id}' changed since this record was made (hash {was} "
        f"recorded, {level.content_hash[:12]} here): give the level file it was played on with "
        "--level FILE, or use the copy of the game that made the record"
    )


def read_record(path: Path, prog: str) -> SessionRecord | None:
    """A session record from a file, or None after one line on stderr saying what is wrong."""
    if file_missing(path):
        print(f"{prog}: {no_record_file(str(path))}", file=sys.stderr)
        return None
    try:
        return SessionRecord.from_json(read_json(path, SESSION_KIND, SESSION_VERSION))
    except FileFormatError as exc:
        if str(exc) == f"{path}: not a {SESSION_KIND} file" and _is_results(path):
            exc = FileFormatError(
                f"{path}: a class results file, not a session record; "
                f"citizen-score debrief {shlex.quote(str(path))} shows it"
            )
        print(printable_name(f"{prog}: {exc}"), file=sys.stderr)
    except ValueError as exc:
        print(printable_name(f"{prog}: {path}: {exc}"), file=sys.stderr)
    return None


def _is_results(path: Path) -> bool:
    """Whether the file is a class results file (handed to a command that reads records)."""
    from game.classroom.files import read_results

    try:
        read_results(path)
    except FileFormatError:
        return False
    return True


def read_played(path: Path, prog: str) -> SessionRecord | None:
    """What a played level left: a session record, or a class results file (a student's
    handed-in file carries the same level version, seed and actions), as a record; None
    after one line on stderr saying what is wrong."""
    from game.classroom.files import read_results
    from game.classroom.results import NOT_RESULTS

    if file_missing(path):
        print(f"{prog}: {no_record_file(str(path))}", file=sys.stderr)
        return None
    try:
        data = read_json(path, SESSION_KIND, SESSION_VERSION)
    except FileFormatError as exc:
        if str(exc) != f"{path}: not a {SESSION_KIND} file":
            print(printable_name(f"{prog}: {exc}"), file=sys.stderr)
            return None
        try:
            results = read_results(path)
        except FileFormatError as problem:
            neither = str(problem).endswith(NOT_RESULTS)
            what = f"{path}: not a session record or a class results file" if neither else problem
            print(printable_name(f"{prog}: {what}"), file=sys.stderr)
            return None
        return SessionRecord(
            level_id=results.level_id,
            level_hash=results.level_hash,
            seed=results.seed,
            actions=tuple(action_from_json(a) for a in results.actions),
            strategy=results.strategy,
            player=results.nickname,
        )
    try:
        return SessionRecord.from_json(data)
    except ValueError as exc:
        print(printable_name(f"{prog}: {path}: {exc}"), file=sys.stderr)
    return None
