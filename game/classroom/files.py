"""Results files on disk: where they go, reading them with a size limit, writing them atomically."""

from pathlib import Path

from game.classroom.results import MAX_RESULTS_BYTES, NewerResultsError, Results, parse_results
from game.userfiles import (
    SHARED_MODE,
    FileFormatError,
    NotJSONError,
    data_dir,
    parse_json,
    read_text_limited,
    write_atomic,
    write_json,
)


class NewerResultsFileError(FileFormatError):
    """A results file from a newer copy of the game (one line, as FileFormatError)."""


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


def hand_in(source: Path, folder: Path) -> Path:
    """Copy a results file into a folder for the teacher (a USB stick, a shared folder):
    atomically, and readable by every account (the teacher's is not the student's), where a
    kept file is the student's own. Returns where it went; OSError when it cannot be."""
    target = folder / source.name
    write_atomic(target, source.read_bytes(), mode=SHARED_MODE)
    return target


def read_results(path: Path) -> Results:
    """A results file, or FileFormatError with one line (too big, not JSON, not results).

    Read as every user file is: regular files only (never /dev/zero or a FIFO), never past
    the limit, UTF-8 with an optional byte-order mark, strict JSON."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise FileFormatError(f"{path}: no such file") from None
    except OSError as exc:
        raise FileFormatError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if size > MAX_RESULTS_BYTES:
        raise FileFormatError(
            f"{path}: {size // 1024} KB is larger than a results file can be "
            f"({MAX_RESULTS_BYTES // 1024} KB)"
        )
    text = read_text_limited(path, MAX_RESULTS_BYTES)
    try:
        data = parse_json(text, str(path))
    except NotJSONError:
        raise
    except FileFormatError as exc:  # a 5,000-digit number, NaN, or nesting too deep
        reason = str(exc).removeprefix(f"{path}: ")
        raise FileFormatError(f"{path}: not a usable results file ({reason})") from None
    try:
        return parse_results(data)
    except NewerResultsError as exc:
        raise NewerResultsFileError(f"{path}: {exc}") from None
    except ValueError as exc:
        raise FileFormatError(f"{path}: {exc}") from None


def list_results(folder: Path | None = None) -> list[Path]:
    """Results files in a folder, newest first."""
    folder = folder or results_dir()
    if not folder.is_dir():
        return []
    files = [p for p in folder.glob("*.json") if p.is_file()]
    return sorted(files, key=lambda p: p.stat().st_mtime, reverse=True)
