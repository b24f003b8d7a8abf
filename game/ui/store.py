"""Saves, completed levels and settings in the user data folder, all through game.userfiles.

Saves and progress are keyed by level id *and* content hash, so two level files that share
an id (a designer's copy of a level) never touch each other's saves. Writing never raises:
a folder that cannot be written returns the reason, and the game plays on.
"""

from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from game.classroom.seat import Seat, seat_from_json
from game.core.content.model_errors import describe
from game.core.level import Level
from game.core.record import SessionRecord
from game.userfiles import (
    FileFormatError,
    NewerFileError,
    data_dir,
    read_json,
    set_aside,
    why_not_writable,
    write_json,
)

SAVE_KIND = "citizen-score-save"
SAVE_VERSION = 2
"""2: a class run keeps its seat (`class`: the session code and nickname), so it is still a
class run after a restart. Version 1 saves have none and load as runs outside a class."""
PROGRESS_KIND = "citizen-score-progress"
PROGRESS_VERSION = 2
"""Version 2 lists `id@hash` keys; version 1 listed bare ids (still read: they count for
every level file with that id)."""
SETTINGS_KIND = "citizen-score-settings"
SETTINGS_VERSION = 1
MAX_SAVE_ACTIONS = 5_000
"""A level of 30 days never needs more; a save holding more is refused, not replayed."""
MAX_SAVE_BYTES = 1024 * 1024
"""A save larger than this is refused unread (5,000 actions take about 200 KB)."""
HASH_CHARS = 16


class Settings(BaseModel):
    """Player preferences that survive restarts; every field is type-checked when read."""

    model_config = ConfigDict(strict=True, extra="ignore", allow_inf_nan=False)

    text_scale: int = Field(default=100, ge=100, le=200)
    """Text size in percent."""
    high_contrast: bool = False
    reduced_motion: bool = False
    fullscreen: bool = False
    volume: int = Field(default=60, ge=0, le=100)
    """Sound volume in percent, 0 to 100."""
    muted: bool = False
    voice: bool = False
    """Self-voicing: read the focused control, toasts and the evening report aloud."""

    def clamp(self) -> "Settings":
        """Keep a scale set in code inside the range the layout supports."""
        self.text_scale = max(100, min(200, int(self.text_scale)))
        self.volume = max(0, min(100, int(self.volume)))
        return self


def slot(level_id: str, level_hash: str) -> str:
    """The key of one level file's save and progress: its id and the start of its hash."""
    return f"{level_id}@{level_hash[:HASH_CHARS]}"


def level_slot(level: Level) -> str:
    return slot(level.id, level.content_hash)


def _save_path(key: str) -> Path:
    return data_dir() / "saves" / f"{key.replace('@', '.')}.json"


def latest_save() -> str | None:
    """The slot of the most recently saved run, for the title's Continue."""
    folder = data_dir() / "saves"
    try:
        saves = [p for p in folder.glob("*.*.json") if p.is_file()]
        newest = max(saves, key=lambda p: p.stat().st_mtime) if saves else None
    except OSError:
        return None
    return newest.stem.replace(".", "@", 1) if newest else None


def _legacy_save_path(level: Level) -> Path:
    """Where saves lived before they were keyed by hash (read, never written)."""
    return data_dir() / "saves" / f"{level.id}.json"


def _write(path: Path, data: dict) -> str | None:
    """Write a user file; the reason when it cannot be written, None when it was."""
    try:
        write_json(path, data)
    except OSError as exc:
        return f"Progress cannot be saved: {why_not_writable(exc)} ({path.parent})."
    return None


@dataclass(frozen=True)
class SavedRun:
    """What a save holds: the run's record and, for a class run, the player's seat."""

    record: SessionRecord
    seat: Seat | None = None


def save_session(record: SessionRecord, seat: Seat | None = None) -> str | None:
    """Autosave: the record (and a class run's seat) in a versioned save file; the reason
    when it cannot be saved."""
    if len(record.actions) > MAX_SAVE_ACTIONS:
        return f"Progress cannot be saved: more than {MAX_SAVE_ACTIONS} actions in one level."
    data: dict[str, object] = {"kind": SAVE_KIND, "version": SAVE_VERSION}
    data["session"] = record.to_json()
    if seat is not None:
        data["class"] = seat.to_json()
    return _write(_save_path(slot(record.level_id, record.level_hash)), data)


def _find_save(level: Level) -> Path | None:
    for path in (_save_path(level_slot(level)), _legacy_save_path(level)):
        if path.is_file():
            return path
    return None


def has_save(level: Level) -> bool:
    return _find_save(level) is not None


def save_stamp(level: Level) -> tuple[str, int, int] | None:
    """Which save file, and its change time and size: a record read while the stamp is the
    same need not be read again (a long save takes tens of milliseconds to read)."""
    path = _find_save(level)
    try:
        info = path.stat() if path is not None else None
    except OSError:
        return None
    return (str(path), info.st_mtime_ns, info.st_size) if info is not None else None


def delete_save(level: Level) -> None:
    for path in (_save_path(level_slot(level)), _legacy_save_path(level)):
        try:
            if path.is_file() and _belongs_to(path, level):
                path.unlink()
        except OSError:
            continue


def _belongs_to(path: Path, level: Level) -> bool:
    """A legacy save is removed only when it was made on this very level file."""
    if path == _save_path(level_slot(level)):
        return True
    try:
        session = read_json(path, SAVE_KIND, SAVE_VERSION, MAX_SAVE_BYTES).get("session")
    except FileFormatError:
        return False
    return isinstance(session, dict) and session.get("level_hash") == level.content_hash


def load_save(level: Level) -> tuple[SessionRecord | None, str | None]:
    """The saved record, or None with a one-line message after setting a bad save aside."""
    run, problem = load_run(level)
    return (run.record if run is not None else None), problem


def load_run(level: Level) -> tuple[SavedRun | None, str | None]:
    """The saved run, or None with a one-line message after setting a bad save aside."""
    path = _find_save(level)
    if path is None:
        return None, None
    try:
        run = _read_save(path, level)
    except (FileFormatError, ValueError, TypeError) as exc:
        moved = set_aside(path)
        where = f"it was moved to {moved.name}" if moved else "it was left where it is"
        return None, f"Your save could not be used ({_short(exc)}); {where}."
    return run, None


def _read_save(path: Path, level: Level) -> SavedRun:
    data = read_json(path, SAVE_KIND, SAVE_VERSION, MAX_SAVE_BYTES)  # versions 1 and 2
    session = data.get("session")
    if not isinstance(session, dict):
        raise ValueError("no session in the save")
    actions = session.get("actions")
    if isinstance(actions, list) and len(actions) > MAX_SAVE_ACTIONS:
        raise ValueError(f"{len(actions)} actions; a save holds at most {MAX_SAVE_ACTIONS}")
    record = SessionRecord.from_json(session)
    if record.level_hash != level.content_hash:
        raise ValueError("the level changed since this save was made")
    seat = data.get("class")
    return SavedRun(record, None if seat is None else seat_from_json(seat, level, record.seed))


def _short(exc: Exception) -> str:
    text = str(exc)
    return text.split(": ", 1)[-1] if text.startswith("/") else text


def _read_or_aside(path: Path, kind: str, version: int) -> tuple[dict, str | None]:
    """A user file's data, or {} and a message after setting a bad file aside."""
    if not path.exists():
        return {}, None
    try:
        return read_json(path, kind, version), None
    except NewerFileError:
        return {}, f"{path.name} is from a newer version of the game; {_KEPT}"
    except FileFormatError as exc:
        moved = set_aside(path) if path.is_file() else None
        where = f"it was moved to {moved.name}" if moved else "it was left where it is"
        return {}, f"{path.name} could not be used ({_short(exc)}); {where}."


_KEPT = "it was left as it is, and this game plays with defaults and does not save over it."


def _newer(path: Path, kind: str, version: int) -> bool:
    """Whether the file there was written by a newer version of the game (which would lose
    what it saved if this one wrote over it)."""
    try:
        read_json(path, kind, version)
    except NewerFileError:
        return True
    except (FileFormatError, OSError):
        return False
    return False


def _write_unless_newer(path: Path, kind: str, version: int, data: dict) -> str | None:
    if _newer(path, kind, version):
        return f"{path.name} is from a newer version of the game; {_KEPT}"
    return _write(path, data)


def _progress_path() -> Path:
    return data_dir() / "progress.json"


def completed_levels() -> set[str]:
    """Slots (`id@hash`) of completed level files, plus bare ids from older progress files."""
    data, _ = _read_or_aside(_progress_path(), PROGRESS_KIND, PROGRESS_VERSION)
    done = data.get("completed", [])
    return {x for x in done if isinstance(x, str)} if isinstance(done, list) else set()


def is_completed(level: Level, done: set[str]) -> bool:
    return level_slot(level) in done or level.id in done


def mark_completed(level: Level) -> str | None:
    """Remember a finished level file; the reason when progress cannot be saved."""
    done = sorted(completed_levels() | {level_slot(level)})
    data = {"kind": PROGRESS_KIND, "version": PROGRESS_VERSION, "completed": done}
    return _write_unless_newer(_progress_path(), PROGRESS_KIND, PROGRESS_VERSION, data)


def read_settings() -> tuple[Settings, str | None]:
    """Saved settings, or defaults and a one-line message when the file is unusable."""
    path = data_dir() / "settings.json"
    data, problem = _read_or_aside(path, SETTINGS_KIND, SETTINGS_VERSION)
    if problem:
        return Settings(), problem
    fields = {k: v for k, v in data.items() if k in Settings.model_fields}
    try:
        return Settings.model_validate(fields), None
    except ValidationError as exc:
        moved = set_aside(path)
        wrong = "; ".join(describe(e, tuple(e["loc"]), Settings)[0] for e in exc.errors())
        where = f"it was moved to {moved.name}" if moved else "it was left where it is"
        return Settings(), f"Settings reset to defaults ({wrong}); {where}."


def load_settings() -> Settings:
    return read_settings()[0]


def save_settings(settings: Settings) -> str | None:
    """Remember settings; the reason when they cannot be saved."""
    data = {"kind": SETTINGS_KIND, "version": SETTINGS_VERSION, **settings.clamp().model_dump()}
    return _write_unless_newer(data_dir() / "settings.json", SETTINGS_KIND, SETTINGS_VERSION, data)
