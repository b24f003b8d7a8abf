"""Load a level file: parse safely, validate into models, check references; never raise.

The CLI `validate`, the game's level select and the tests all go through `load_level`.
"""

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from game.core.content.crossrefs import CrossRefChecker
from game.core.content.model_errors import problems_from_validation
from game.core.content.problems import Problem, Severity, sort_problems
from game.core.content.salvage import RemappedPositions, salvage
from game.core.content.yaml_source import Parsed, parse_yaml_file, parse_yaml_text
from game.core.level import Level
from game.core.level_spec import LEVEL_FORMAT, LevelSpec


@dataclass
class LoadResult:
    """A level when the file is sound, and every problem found either way."""

    level: Level | None
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
    return _finish(parsed, name, _digest(parsed.text), assets)


def load_level_text(text: str, file: str = "<level>", *, assets: Path | None = None) -> LoadResult:
    """Load a level from a string (tests, live reload)."""
    return _finish(parse_yaml_text(text, file), file, _digest(text), assets)


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
    """A file name any terminal can print: bytes that are not UTF-8 become U+FFFD."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _finish(parsed: Parsed, file: str, digest: str, assets: Path | None) -> LoadResult:
    if parsed.problems:
        return LoadResult(None, sort_problems(parsed.problems))
    data = parsed.data
    if not isinstance(data, dict):
        kind = type(data).__name__
        return LoadResult(
            None,
            [
                Problem(
                    file,
                    1,
                    1,
                    f"the top level must be a mapping, not {kind}",
                    "start the file with 'format: 1'",
                )
            ],
        )
    version_problem = _check_format(data, parsed, file)
    if version_problem:
        return LoadResult(None, [version_problem])
    try:
        spec = LevelSpec.model_validate(data)
    except ValidationError as exc:
        problems = problems_from_validation(exc, data, parsed.positions, file, LevelSpec)
        problems += _salvaged_problems(data, parsed, file, assets)
        return LoadResult(None, sort_problems(list(dict.fromkeys(problems))))
    problems = CrossRefChecker(spec, parsed.positions, file, assets).run()
    if problems:
        return LoadResult(None, sort_problems(problems))
    return LoadResult(Level(spec, file, digest, _rule_sources(spec, parsed, file)))


def _salvaged_problems(
    data: dict[str, Any], parsed: Parsed, file: str, assets: Path | None
) -> list[Problem]:
    """Reference problems in the parts of a level that did validate, in the same run."""
    kept = salvage(data)
    positions = RemappedPositions(parsed.positions, kept.kept)
    checker = CrossRefChecker(
        kept.spec, positions, file, assets, kept.broken, frozenset(kept.incomplete)
    )
    return checker.run()


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


def duplicate_ids(levels: list[tuple[Path, Level]]) -> list[Problem]:
    """A warning for each file whose level id another file also uses (copies of a level)."""
    by_id: dict[str, list[Path]] = {}
    for path, level in levels:
        by_id.setdefault(level.id, []).append(path)
    problems = []
    for level_id, paths in by_id.items():
        for path in paths if len(paths) > 1 else []:
            others = ", ".join(printable_name(str(p)) for p in paths if p != path)
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


def load_folder(paths: list[Path]) -> list[Path]:
    """Expand folders into their .yaml files, sorted; files are kept as given."""
    files: list[Path] = []
    for path in paths:
        if _is_dir(path):
            files.extend(sorted(p for p in path.rglob("*.y*ml") if p.suffix in {".yaml", ".yml"}))
        else:
            files.append(path)
    return files
