"""Load a level file: parse safely, validate into models, check references; never raise.

The CLI `validate`, the game's level select and the tests all go through `load_level`.
"""

import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from unicodedata import category

from pydantic import ValidationError

from game.core.content.crossrefs import CrossRefChecker, declared_in, holds_any, repeated_ids
from game.core.content.problems import (
    MAX_PROBLEMS,
    Problem,
    Severity,
    listed,
    sort_problems,
    visible_char,
)
from game.core.content.yaml_source import Parsed, Path_, parse_yaml_file, parse_yaml_text
from game.core.level_spec import LEVEL_FORMAT, LevelSpec
from game.core.spec.base import LIST_LIMIT

if TYPE_CHECKING:
    from game.core.level import Level

# What only a sound level (the engine's Level) or only a broken one (the models' messages,
# salvage) needs is imported where it is used: `validate` of a broken file never loads the
# first, of a sound one never the second, and every command starts faster.


@dataclass
class LoadResult:
    """A level when the file is sound, and every problem found either way."""

    level: "Level | None"
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.level is not None and not any(p.severity == "error" for p in self.problems)


def load_level(
    path: Path | str, display: str | None = None, *, assets: Path | None = None
) -> LoadResult:
    """Load a level file from disk. `assets` is the folder portraits must exist in (the game
    passes its own); without it a portrait path is only checked not to leave `assets/`."""
    path = Path(path)
    name = display or _display_name(path)
    parsed = parse_yaml_file(path, name)
    return _finish(parsed, name, assets)


def load_level_text(text: str, file: str = "<level>", *, assets: Path | None = None) -> LoadResult:
    """Load a level from a string (tests, live reload)."""
    return _finish(parse_yaml_text(text, file), file, assets)


def _digest(text: str) -> str:
    """The level's hash, blind to what editors change silently (a byte-order mark, CRLF)."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n")
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _display_name(path: Path) -> str:
    try:
        name = str(path.resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError):
        name = str(path)
    return printable_name(name)


def printable_name(name: str) -> str:
    """A file name any terminal can print on one line: bytes that are not UTF-8 become
    U+FFFD, and control and format characters (an escape sequence or a line break in a name
    someone else chose) show as the escape that names them (`\\x1b`, `\\n`), so a name can
    neither split a message nor drive the terminal."""
    try:
        raw = name.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a lone surrogate no file name decoded to
        raw = name.encode("utf-8", "replace")
    text = raw.decode("utf-8", "replace")
    if text.isprintable():  # the usual name, checked at C speed
        return text
    return "".join(
        visible_char(c) if category(c)[0] == "C" or category(c) in ("Zl", "Zp") else c for c in text
    )


def _finish(parsed: Parsed, file: str, assets: Path | None) -> LoadResult:
    if parsed.problems:
        return LoadResult(None, sort_problems(parsed.problems))
    data = parsed.data
    if not isinstance(data, dict):
        from game.core.content.model_errors import shown

        return LoadResult(
            None,
            [
                Problem(
                    file,
                    1,
                    1,
                    "the file has no keys"
                    if data is None
                    else f"the top level must be a mapping, not {shown(data)}",
                    "start the file with 'format: 1'",
                )
            ],
        )
    version_problem = _check_format(data, parsed, file)
    if version_problem:
        return LoadResult(None, [version_problem])
    problems = _long_lists(data, parsed, file)
    if problems:
        return LoadResult(None, listed(problems, file))
    try:
        spec = LevelSpec.model_validate(data)
    except ValidationError as exc:
        from game.core.content.model_errors import problems_from_validation

        problems += problems_from_validation(exc, data, parsed.positions, file, LevelSpec)
        unlisted = max(0, exc.error_count() - MAX_PROBLEMS)
        checker = _salvage_checker(data, parsed, file, assets)
        problems += checker.run()
        problems += repeated_ids(declared_in(data), parsed.positions, file)
        more = unlisted + checker.unlisted
        return LoadResult(None, listed(list(dict.fromkeys(problems)), file, more))
    checker = CrossRefChecker(spec, parsed.positions, file, assets)
    problems += checker.run()
    if problems:
        return LoadResult(None, listed(problems, file, checker.unlisted))
    from game.core.level import Level

    digest = _digest(parsed.text)
    return LoadResult(Level(spec, file, digest, _rule_sources(spec, parsed, file)))


def _long_lists(data: object, parsed: Parsed, file: str) -> list[Problem]:
    """A problem for each list longer than LIST_LIMIT. Reported alone, before the models run:
    they would check every entry of a list they refuse anyway, and a list cut short would
    make references to its later entries look unknown."""
    problems = []
    stack: list[tuple[object, Path_]] = [(data, ())]
    while stack:
        node, path = stack.pop()
        entries: Iterable[tuple[Any, object]] = ()
        if isinstance(node, dict):
            entries = node.items()
        elif isinstance(node, list):
            if len(node) > LIST_LIMIT:
                from game.core.content.model_errors import where

                line, col = parsed.positions.of(path)
                message = f"{where(path)}: has {len(node)} entries; at most {LIST_LIMIT}"
                problems.append(Problem(file, line, col, message, "split it or remove entries"))
            if holds_any(node, dict | list):  # else a list of words and numbers
                entries = enumerate(node)
        # Only lists and mappings are visited: most values are words and numbers.
        stack.extend((v, (*path, k)) for k, v in entries if isinstance(v, dict | list))
    return problems


def _salvage_checker(
    data: dict[str, Any], parsed: Parsed, file: str, assets: Path | None
) -> CrossRefChecker:
    """A reference checker for the parts of a level that did validate, so their problems are
    reported in the same run as the others."""
    from game.core.content.salvage import RemappedPositions, salvage

    kept = salvage(data)
    positions = RemappedPositions(parsed.positions, kept.kept)
    return CrossRefChecker(
        kept.spec, positions, file, assets, kept.broken, frozenset(kept.incomplete)
    )


def _check_format(data: dict[str, Any], parsed: Parsed, file: str) -> Problem | None:
    version = data.get("format")
    line, col = parsed.positions.of(("format",))
    if version is None:
        return Problem(file, 1, 1, "missing 'format'", f"add 'format: {LEVEL_FORMAT}' at the top")
    if not isinstance(version, int) or isinstance(version, bool):
        return Problem(file, line, col, f"format must be a whole number, not {version!r}")
    if version > LEVEL_FORMAT:
        return Problem(
            file,
            line,
            col,
            f"format {version} is newer than this game reads ({LEVEL_FORMAT})",
            "update Citizen Score to play this level",
        )
    if version < 1:
        return Problem(file, line, col, f"format {version} does not exist; use {LEVEL_FORMAT}")
    return None


def _rule_sources(spec: LevelSpec, parsed: Parsed, file: str) -> dict[str, str]:
    sources = {}
    for name in ("rules", "events", "services", "prompts"):
        for i, entry in enumerate(getattr(spec, name)):
            line, col = parsed.positions.of((name, i))
            sources[entry.id] = f"{file}:{line}:{col}"
    return sources


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except (OSError, ValueError):  # a name too long for the system: reported when read
        return False


def file_missing(path: Path) -> bool:
    """True only when the file surely does not exist (odd names are left to the reader)."""
    try:
        return not path.exists()
    except (OSError, ValueError):
        return False


def duplicate_ids(levels: "list[tuple[Path, Level]]") -> list[Problem]:
    """A warning for each file whose level id another file also uses (copies of a level)."""
    by_id: dict[str, list[Path]] = {}
    for path, level in levels:
        by_id.setdefault(level.id, []).append(path)
    problems = []
    for level_id, paths in by_id.items():
        for path in paths if len(paths) > 1 else []:
            others = _some_names([p for p in paths if p != path])
            problems.append(
                Problem(
                    printable_name(str(path)),
                    1,
                    1,
                    f"the level id '{level_id}' is also used by {others}",
                    "give each copy its own meta.id; players see both in level select",
                    Severity.WARNING,
                )
            )
    return problems


NAMES_LISTED = 3
"""Other files named in one duplicate-id warning: a folder of 300 copies gives 300 short
lines, not 300 lines of 299 names each."""


def _some_names(paths: list[Path]) -> str:
    names = ", ".join(printable_name(str(p)) for p in paths[:NAMES_LISTED])
    rest = len(paths) - NAMES_LISTED
    return f"{names} and {rest} more" if rest > 0 else names


MAX_FOLDER_ENTRIES = 20_000
"""Files and folders looked at under one folder given: `validate ~` or `validate /` would
otherwise walk a whole disk for minutes (the shipped levels folder holds about ten)."""


class FolderTooLargeError(ValueError):
    """A folder given holds more than MAX_FOLDER_ENTRIES names; the message is one line."""


def load_folder(paths: list[Path]) -> list[Path]:
    """Expand folders into their .yaml files, sorted; files are kept as given. FolderTooLargeError
    when a folder holds more than MAX_FOLDER_ENTRIES names."""
    files: list[Path] = []
    for path in paths:
        if _is_dir(path):
            files.extend(_level_files_under(path))
        else:
            files.append(path)
    return files


def _level_files_under(folder: Path) -> list[Path]:
    """The .yaml and .yml files in folder and the folders inside it, except hidden ones
    (`.git`, `.venv`: never levels). A folder that vanishes or cannot be read while it is
    walked (a `/proc` entry, an editor's temp folder) is skipped; a folder reached twice
    through links is walked once."""
    found: list[Path] = []
    walked: set[tuple[int, int]] = set()
    looked = 0
    for root, folders, names in os.walk(folder, followlinks=True):
        try:
            info = os.stat(root)
        except OSError:
            folders[:] = []
            continue
        if (info.st_dev, info.st_ino) in walked:
            folders[:] = []
            continue
        walked.add((info.st_dev, info.st_ino))
        folders[:] = [name for name in folders if not name.startswith(".")]
        looked += len(folders) + len(names)
        if looked > MAX_FOLDER_ENTRIES:
            raise FolderTooLargeError(
                f"{printable_name(str(folder))}: more than {MAX_FOLDER_ENTRIES} files and"
                " folders inside; give the level files, or a folder that holds fewer"
            )
        found.extend(Path(root, n) for n in names if Path(n).suffix in {".yaml", ".yml"})
    return sorted(found)
