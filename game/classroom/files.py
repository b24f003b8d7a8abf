"""Results files on disk: where they go, reading them with a size limit, writing them atomically."""

import json
from pathlib import Path

from game.classroom.results import MAX_RESULTS_BYTES, Results, parse_results
from game.userfiles import FileFormatError, data_dir, write_json


def results_dir() -> Path:
    """Finished levels are kept here (never deleted by the game)."""
    return data_dir() / "results"


def results_name(results: Results) -> str:
    return f"{results.level_id}-{results.nickname.replace(' ', '_')}-{results.digest[:8]}.json"


def write_results(results: Results, path: Path | None = None) -> Path:
    """Write atomically (to the results folder unless a path is given); returns where."""
    target = path if path is not None else results_dir() / results_name(results)
    write_json(target, results.to_json())
    return target


def read_results(path: Path) -> Results:
    """A results file, or FileFormatError with one line (too big, not JSON, not results)."""
    try:
        size = path.stat().st_size
        if size > MAX_RESULTS_BYTES:
            raise FileFormatError(
                f"{path}: {size // 1024} KB is larger than a results file can be "
                f"({MAX_RESULTS_BYTES // 1024} KB)"
            )
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FileFormatError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise FileFormatError(f"{path}: cannot read: {exc}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FileFormatError(
            f"{path}:{exc.lineno}:{exc.colno}: not valid JSON: {exc.msg}"
        ) from None
    except (ValueError, RecursionError) as exc:  # a 5,000-digit number, or nesting too deep
        raise FileFormatError(f"{path}: not a usable results file ({type(exc).__name__})") from None
    try:
        return parse_results(data)
    except ValueError as exc:
        raise FileFormatError(f"{path}: {exc}") from None


def list_results(folder: Path | None = None) -> list[Path]:
    """Results files in a folder, newest first."""
    folder = folder or results_dir()
    if not folder.is_dir():
        return []
    files = [p for p in folder.glob("*.json") if p.is_file()]
    return sorted(files, key=lambda p: p.stat().st_mtime, reverse=True)
