"""Collect results from files, folders and class databases for one report, skipping (with
one line each) what is corrupt, huge, duplicated or from another level or session."""

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from game.classroom.code import CodeError, decode
from game.classroom.files import NewerResultsFileError, read_results, results_name
from game.classroom.report import first_games
from game.classroom.results import SESSION_RECORD, Results
from game.classroom.store import Store, StoreError, default_db
from game.userfiles import FileFormatError

MAX_FILES = 5000
"""Files read from all inputs together; more are listed as skipped."""
DB_SUFFIXES = (".db", ".sqlite", ".sqlite3")
HAND_IN_AGAIN = "skipped: ask its student to hand it in again"
"""A file that cannot be read was most often cut short (a stick pulled out too soon)."""
ASK_FOR_RESULTS = "skipped: ask its student for the results file the game saved at the end"
"""A session record handed in instead of the results file: whole, but not one."""
UPDATE_GAME = (
    "skipped: that student's computer has a newer copy of the game; install that copy on "
    "this computer too, then make the report again"
)
"""A newer results file is whole: handing it in again would not help."""
NOT_RESULTS = "not a results file (those end in .json); left out"
"""A file in the folder the game did not write, such as notes or a renamed copy."""
SYSTEM_FILES = frozenset({"thumbs.db", "desktop.ini"})
"""Files Windows adds to folders on its own: never a student's, so left out without a word."""
NOTHING_TO_DO = "nothing to do"
"""How a line ends when its results are counted all the same (handed in twice, or sent and
handed in): the teacher need not check it."""


def to_check(problems: Iterable[str]) -> list[str]:
    """The lines that ask something of the teacher: not those of results counted anyway."""
    return [line for line in problems if not line.endswith(NOTHING_TO_DO)]


@dataclass
class Gathered:
    """Usable results (one level version) and one line per skipped input."""

    results: list[Results] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    origins: list[str] = field(default_factory=list)
    """Where each result was read (a file, a row of a class database, a server's list), in
    the same order: a result skipped later is named by the file the teacher has."""
    scored: dict[str, frozenset[int]] = field(default_factory=dict)
    """The days each result's student had a score, by the result's digest, as the replay
    that checked it said (`Outcome.scored_path`): the report's chart needs them, and a
    second replay of every run doubled the time a report takes."""


def gather(inputs: Iterable[Path], session: str | None = None) -> Gathered:
    """Read every input; keep the most common level version (or `session` only)."""
    problems: list[str] = []
    return settle(read_all(inputs, problems), problems, session)


def read_all(inputs: Iterable[Path], problems: list[str]) -> list[tuple[str, Results]]:
    """Every readable result with where it came from, before any is kept or skipped."""
    return list(_read_all(inputs, problems))


def settle(
    found: list[tuple[str, Results]], problems: list[str], session: str | None = None
) -> Gathered:
    """Keep one session (if given), the most common level version, and no duplicates."""
    if session is not None:
        found = _only_session(found, session, problems)
    kept = _without_duplicates(_one_version(found, problems), problems)
    _note_shared_nicknames(kept, problems)
    once = list(dict.fromkeys(problems))  # a folder named twice says each line once
    origins = [where for where, _ in kept]
    return Gathered([item for _, item in kept], _counted_anyway(kept, once), origins)


def _counted_anyway(kept: list[tuple[str, Results]], problems: list[str]) -> list[str]:
    """A broken copy named as the game names a result that is counted all the same (sent,
    or handed in twice) needs nothing more: the name carries the results' own digest."""
    names = {results_name(item): where for where, item in kept}
    out = []
    for line in problems:
        name = Path(re.sub(r"(:\d+){1,2}$", "", line.split(": ", 1)[0])).name  # no line:col
        if line.endswith(HAND_IN_AGAIN) and name in names:
            line = line.removesuffix(HAND_IN_AGAIN) + (
                f"skipped, but the same results are counted from {names[name]}: {NOTHING_TO_DO}"
            )
        out.append(line)
    return out


def _read_all(inputs: Iterable[Path], problems: list[str]) -> Iterable[tuple[str, Results]]:
    budget = MAX_FILES
    named_over: list[Path] = []
    read: set[Path] = set()
    """Every file and database read once, however often it is named (a folder given twice,
    or a folder and a file in it): the same file twice is not two students."""
    for path in inputs:
        try:
            there = path.exists() or path.is_symlink()
        except OSError as exc:  # a name longer than the system allows (typed on the projector)
            problems.append(f"{path}: cannot read: {exc.strerror or exc}")
            continue
        if not there:
            problems.append(f"{path}: no such file or folder; {_where_instead(path)}")
            continue
        if not _first_time(path, read):
            continue
        if path.suffix in DB_SUFFIXES and path.is_file():
            yield from _read_db(path, problems)
            continue
        try:
            files = _json_files(path, problems) if path.is_dir() else [path]
        except OSError as exc:  # a folder this account may not list
            problems.append(f"{path}: cannot read the folder: {exc.strerror or exc}")
            continue
        if path.is_dir() and not files:
            problems.append(
                f"{path}: no results files (*.json) in this folder; copy the handed-in "
                "files straight into it (folders inside it are not read)"
            )
        files = [f for f in files if f == path or _first_time(f, read)]
        if len(files) > budget:
            if path.is_dir():
                problems.append(_too_many(path, files[budget:]))
            else:  # files named one by one (a shell's *.json): one line for them all, below
                named_over.extend(files[budget:])
            files = files[:budget]
        for file in files:
            budget -= 1
            try:
                yield str(file), read_results(file)
            except NewerResultsFileError as exc:
                problems.append(f"{exc}; {UPDATE_GAME}")
            except FileFormatError as exc:
                if str(exc).endswith(SESSION_RECORD):
                    problems.append(f"{exc}; {ASK_FOR_RESULTS}")
                elif file.suffix.lower() != ".json" and _regular(file):  # named as it is:
                    problems.append(f"{file}: {NOT_RESULTS}")  # the report's page, a level
                else:
                    problems.append(f"{exc}; {HAND_IN_AGAIN}")
    if named_over:
        problems.append(_too_many(named_over[0].parent, named_over))


def _regular(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:
        return False


def _too_many(path: Path, left: list[Path]) -> str:
    """One line for every file past the limit (a line each would bury the other problems)."""
    which = (
        ""
        if left == [path]
        else f" {left[0].name}" + (f" and {len(left) - 1} more" if len(left) > 1 else "")
    )
    return (
        f"{path}:{which} not read: a report reads at most {MAX_FILES} files; "
        "make one report per class folder"
    )


def _where_instead(missing: Path) -> str:
    """What to do about a name that is not there. A class database named as the guide
    shows it for Linux is elsewhere on Windows and macOS: name the one this computer has."""
    here = default_db()
    if missing.suffix in DB_SUFFIXES and here.is_file():
        return f"this computer's class database is {here}"
    return "check the name and try again"


def _first_time(path: Path, read: set[Path]) -> bool:
    """True the first time this file is met (by its real path), and marks it read."""
    try:
        real = path.resolve()
    except (OSError, RuntimeError):  # a loop of links: reading it says so in one line
        return True
    if real in read:
        return False
    read.add(real)
    return True


def _json_files(folder: Path, problems: list[str]) -> list[Path]:
    """The folder's *.json files (.JSON too), without hidden ones: a Mac writes a '._' twin
    of every file it copies to a USB stick, and the game never names a results file with a
    dot first. Every other file gets a line, so a renamed results file is not lost quietly."""
    out = []
    for path in sorted(folder.iterdir()):
        if path.name.startswith(".") or path.name.lower() in SYSTEM_FILES or path.is_dir():
            continue
        if path.suffix.lower() == ".json":
            out.append(path)
        else:
            problems.append(f"{path}: {NOT_RESULTS}")
    return out


def _read_db(path: Path, problems: list[str]) -> Iterable[tuple[str, Results]]:
    try:
        store = Store(path, read_only=True)  # a report never writes: a locked stick will do
    except StoreError as exc:
        problems.append(f"{exc}; skipped")
        return
    try:
        for i, item in enumerate(store.stored()):
            if isinstance(item, Results):
                yield f"{path}#{i + 1}", item
            else:
                problems.append(f"{path}#{i + 1}: {item}; skipped")
    except StoreError as exc:
        problems.append(f"{exc}; skipped")
    finally:
        store.close()


def _only_session(
    found: list[tuple[str, Results]], session: str, problems: list[str]
) -> list[tuple[str, Results]]:
    """This session's results, and those with no code that played its exact scenario: a
    class game continued after a restart no longer knows its code, and is still this class's."""
    out = []
    other_classes: Counter[tuple[str, str]] = Counter()
    strays = []
    for where, item in found:
        if item.session == session or (not item.session and _same_scenario(item, session)):
            out.append((where, item))
        elif "#" in where:  # a class database keeps every class that used it
            other_classes[(where.rsplit("#", 1)[0], item.session)] += 1
        else:
            strays.append(f"{where}: {_other_session(item, session)}")
    if found and not out:  # not every student typed another code: the teacher did
        problems.append(_no_result_has(session, [item for _, item in found]))
        return out
    problems.extend(strays)
    for (db, other), n in sorted(other_classes.items()):
        results = "1 result" if n == 1 else f"{n} results"
        problems.append(
            f"{db}: {results} of session {other or '(none)'} left out, since this report is "
            f"for {session} only (another class, or check the code)"
        )
    return out


def _no_result_has(session: str, results: list[Results]) -> str:
    """One line when no result read has the code typed: a line per file saying its student
    typed another code blamed a whole class for the teacher's own typo or old code."""
    counts = Counter(r.session or "no code" for r in results)
    shown = ", ".join(f"{code} ({n})" for code, n in counts.most_common(3))
    more = f" and {len(counts) - 3} more codes" if len(counts) > 3 else ""
    read = "the 1 result read has" if len(results) == 1 else f"the {len(results)} results read have"
    return (
        f"{session}: no result has this code; {read} {shown}{more}: check the code you "
        "typed against the one 'class new' printed for this class (if it is right, none of "
        "its students has finished yet)"
    )


def _other_session(item: Results, session: str) -> str:
    """Why a result is not this session's, and what it means for the teacher."""
    if not item.session:
        return (
            f"played without a session code, and not the scenario of {session} "
            f"(level {item.level_id}, seed {item.seed}); skipped: that game was not played "
            "in this class"
        )
    try:
        same_level = decode(session).matches_id(item.level_id)
    except CodeError:
        same_level = True
    played = "" if same_level else f" (level {item.level_id})"
    return (
        f"from session {item.session}{played}, not {session}; skipped: that student typed "
        "another code, so the game was not this class's"
    )


def _same_scenario(item: Results, session: str) -> bool:
    try:
        code = decode(session)
    except CodeError:
        return False
    return (
        code.seed == item.seed
        and code.matches_id(item.level_id)
        and code.matches_hash(item.level_hash)
    )


def _one_version(
    found: list[tuple[str, Results]], problems: list[str]
) -> list[tuple[str, Results]]:
    versions = Counter((r.level_id, r.level_hash) for _, r in found)
    if not versions:
        return []
    (level_id, level_hash), _ = versions.most_common(1)[0]
    out = []
    for where, item in found:
        if (item.level_id, item.level_hash) == (level_id, level_hash):
            out.append((where, item))
        elif item.level_id != level_id:
            problems.append(
                f"{where}: results for level {item.level_id}, not {level_id}; skipped: "
                "that student played another level"
            )
        else:
            problems.append(
                f"{where}: another version of {level_id} ({item.level_hash[:8]}, "
                f"not {level_hash[:8]}); skipped: that computer has another copy of the "
                "game, so its student played another scenario"
            )
    return out


def _without_duplicates(
    found: list[tuple[str, Results]], problems: list[str]
) -> list[tuple[str, Results]]:
    seen: dict[str, str] = {}
    places: set[tuple[str, str]] = set()
    out = []
    for where, item in found:
        place = (item.digest, _place(where))
        if place in places:  # the same file named twice (a folder given twice): not news
            continue
        places.add(place)
        first = seen.setdefault(item.digest, where)
        if first != where:
            problems.append(
                f"{where}: the same results as {first}; skipped, since they count once: "
                f"{NOTHING_TO_DO}"
            )
        else:
            out.append((where, item))
    return out


def _place(where: str) -> str:
    """Where a result was read, the same however the path was written (a trailing slash, a
    relative path, a database's row after its #)."""
    path, hash_, row = where.partition("#")
    try:
        return str(Path(path).resolve()) + hash_ + row
    except (OSError, RuntimeError):  # a loop of links
        return where


def note_played_again(found: list[tuple[str, Results]], problems: list[str]) -> None:
    """A line for each game played again on a computer that had finished (the report counts
    the first game there and lists this one in the CSV): nothing to do. Said of the results
    that replay to their own outcome only: a copy changed by hand (its student's seat, an
    earlier time) made the student's own game read as "played again", while the report,
    which never counts the changed copy, counted it."""
    where = {id(item): place for place, item in found}
    for again, first in first_games([item for _, item in found])[1]:
        problems.append(
            f"{again.nickname} ({where[id(again)]}): played again on the computer that "
            f"finished as {first.nickname} ({where[id(first)]}); only the first game is "
            f"counted, and the CSV lists this one: {NOTHING_TO_DO}"
        )


def _note_shared_nicknames(found: list[tuple[str, Results]], problems: list[str]) -> None:
    """Different results under one nickname in one session from different computers (or
    from older games, which do not say) are all counted, since two students may pick one
    nickname, but said, since one student who played twice on two computers counts twice.
    Those from one computer need no line: the report counts the first and lists the rest."""
    places: dict[tuple[str, str], list[tuple[str, Results]]] = {}
    for where, item in found:
        places.setdefault((item.session, item.nickname), []).append((where, item))
    for (_, nickname), items in places.items():
        seats = [item.seat for _, item in items]
        counted = len({s for s in seats if s is not None}) + seats.count(None)
        if counted > 1:  # one computer's games again are replays (the report counts one)
            wheres = ", ".join(where for where, _ in items)
            which = "all counted" if counted == len(items) else f"{counted} counted"
            problems.append(
                f"{nickname}: {len(items)} different results ({wheres}), {which}; if one "
                "student played twice, leave out the file you do not want"
            )
