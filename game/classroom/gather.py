"""Collect results from files, folders and class databases for one report, skipping (with
one line each) what is corrupt, huge, duplicated or from another level or session."""

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from game.classroom.code import CodeError, decode
from game.classroom.files import read_results
from game.classroom.results import Results
from game.classroom.store import Store, StoreError
from game.userfiles import FileFormatError

MAX_FILES = 5000
"""Files read from all inputs together; more are listed as skipped."""
DB_SUFFIXES = (".db", ".sqlite", ".sqlite3")


@dataclass
class Gathered:
    """Usable results (one level version) and one line per skipped input."""

    results: list[Results] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


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
    return Gathered([item for _, item in kept], problems)


def _read_all(inputs: Iterable[Path], problems: list[str]) -> Iterable[tuple[str, Results]]:
    budget = MAX_FILES
    for path in inputs:
        if path.suffix in DB_SUFFIXES and path.is_file():
            yield from _read_db(path, problems)
            continue
        files = sorted(path.glob("*.json")) if path.is_dir() else [path]
        if path.is_dir() and not files:
            problems.append(f"{path}: no results files (*.json) in this folder")
        for file in files:
            if budget <= 0:
                problems.append(f"{file}: skipped, more than {MAX_FILES} files")
                continue
            budget -= 1
            try:
                yield str(file), read_results(file)
            except FileFormatError as exc:
                problems.append(f"{exc}; skipped")


def _read_db(path: Path, problems: list[str]) -> Iterable[tuple[str, Results]]:
    try:
        store = Store(path)
    except StoreError as exc:
        problems.append(f"{exc}; skipped")
        return
    try:
        for i, item in enumerate(store.results()):
            yield f"{path}#{i + 1}", item
    except (ValueError, TypeError) as exc:
        problems.append(f"{path}: a stored result is unreadable ({exc}); skipped the rest")
    finally:
        store.close()


def _only_session(
    found: list[tuple[str, Results]], session: str, problems: list[str]
) -> list[tuple[str, Results]]:
    """This session's results, and those with no code that played its exact scenario: a
    class game continued after a restart no longer knows its code, and is still this class's."""
    out = []
    for where, item in found:
        if item.session == session or (not item.session and _same_scenario(item, session)):
            out.append((where, item))
        else:
            problems.append(
                f"{where}: from session {item.session or '(none)'}, not {session}; skipped"
            )
    return out


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
            problems.append(f"{where}: results for level {item.level_id}, not {level_id}; skipped")
        else:
            problems.append(
                f"{where}: another version of {level_id} ({item.level_hash[:8]}, "
                f"not {level_hash[:8]}); skipped"
            )
    return out


def _without_duplicates(
    found: list[tuple[str, Results]], problems: list[str]
) -> list[tuple[str, Results]]:
    seen: dict[str, str] = {}
    out = []
    for where, item in found:
        first = seen.setdefault(item.digest, where)
        if first != where:
            problems.append(f"{where}: the same results as {first}; skipped")
        else:
            out.append((where, item))
    return out


def _note_shared_nicknames(found: list[tuple[str, Results]], problems: list[str]) -> None:
    """Different results under one nickname in one session are all counted (two students
    may pick one nickname), but said, since one student who played twice counts twice."""
    places: dict[tuple[str, str], list[str]] = {}
    for where, item in found:
        places.setdefault((item.session, item.nickname), []).append(where)
    for (_, nickname), wheres in places.items():
        if len(wheres) > 1:
            problems.append(
                f"{nickname}: {len(wheres)} different results ({', '.join(wheres)}), all "
                "counted; if one student played twice, leave out the file you do not want"
            )
