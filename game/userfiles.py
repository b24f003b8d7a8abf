"""All reading and writing of user files goes through here: atomic writes, versioned JSON.

Keeping file access in one small module lets the game run where files work differently
(a browser build) by swapping this module alone.
"""

import json
import os
import tempfile
from pathlib import Path

import platformdirs

APP = "citizen-score"


def data_dir() -> Path:
    """Where saves, settings and session records live (CITIZEN_SCORE_HOME overrides it)."""
    override = os.environ.get("CITIZEN_SCORE_HOME")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP, appauthor=False))


def write_atomic(path: Path, content: str | bytes) -> None:
    """Write a whole file or nothing: a temp file in the same folder, then a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = content.encode("utf-8") if isinstance(content, str) else content
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_json(path: Path, data: object) -> None:
    write_atomic(path, json.dumps(data, indent=1, ensure_ascii=False) + "\n")


class FileFormatError(ValueError):
    """A user file that cannot be used; the message is one line for the user."""


def read_json(path: Path, kind: str, version: int) -> dict:
    """Read a versioned JSON file, refusing broken, foreign or newer files with a clear message."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise FileFormatError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise FileFormatError(f"{path}: cannot read: {exc}") from None
    except json.JSONDecodeError as exc:
        raise FileFormatError(
            f"{path}:{exc.lineno}:{exc.colno}: not valid JSON: {exc.msg}"
        ) from None
    if not isinstance(data, dict) or data.get("kind") != kind:
        raise FileFormatError(f"{path}: not a {kind} file")
    found = data.get("version")
    if not isinstance(found, int):
        raise FileFormatError(f"{path}: missing version")
    if found > version:
        raise FileFormatError(f"{path}: {kind} version {found} is newer than this game ({version})")
    return data


def set_aside(path: Path) -> Path:
    """Move a corrupt file out of the way (never delete it) and return where it went."""
    target = path.with_name(path.name + ".corrupt")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.corrupt{n}")
    os.replace(path, target)
    return target
