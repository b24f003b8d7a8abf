"""Saves, completed levels and settings in the user data folder, all through game.userfiles."""

from dataclasses import asdict, dataclass
from pathlib import Path

from game.core.level import Level
from game.core.record import SessionRecord
from game.userfiles import FileFormatError, data_dir, read_json, set_aside, write_json

SAVE_KIND = "citizen-score-save"
SAVE_VERSION = 1
PROGRESS_KIND = "citizen-score-progress"
SETTINGS_KIND = "citizen-score-settings"


@dataclass
class Settings:
    """Player preferences that survive restarts."""

    text_scale: int = 100
    high_contrast: bool = False
    reduced_motion: bool = False
    fullscreen: bool = False
    volume: int = 60
    """Sound volume in percent, 0 to 100."""
    muted: bool = False
    voice: bool = False
    """Self-voicing: read the focused control, toasts and the evening report aloud."""

    def clamp(self) -> "Settings":
        self.text_scale = max(100, min(200, int(self.text_scale)))
        self.volume = max(0, min(100, int(self.volume)))
        return self


def _save_path(level_id: str) -> Path:
    return data_dir() / "saves" / f"{level_id}.json"


def save_session(record: SessionRecord) -> None:
    """Autosave: the session record wrapped in a versioned save file."""
    write_json(
        _save_path(record.level_id),
        {"kind": SAVE_KIND, "version": SAVE_VERSION, "session": record.to_json()},
    )


def has_save(level_id: str) -> bool:
    return _save_path(level_id).is_file()


def delete_save(level_id: str) -> None:
    _save_path(level_id).unlink(missing_ok=True)


def load_save(level: Level) -> tuple[SessionRecord | None, str | None]:
    """The saved record, or None with a one-line message after setting a bad save aside."""
    path = _save_path(level.id)
    if not path.is_file():
        return None, None
    try:
        data = read_json(path, SAVE_KIND, SAVE_VERSION)
        if data["version"] != SAVE_VERSION:
            raise FileFormatError(f"{path}: save version {data['version']} is not supported")
        session = data.get("session")
        if not isinstance(session, dict):
            raise ValueError("no session in the save")
        record = SessionRecord.from_json(session)
        if record.level_hash != level.content_hash:
            raise ValueError("the level changed since this save was made")
    except (FileFormatError, ValueError, TypeError) as exc:
        moved = set_aside(path)
        return None, f"Your save could not be used ({_short(exc)}); it was moved to {moved.name}."
    return record, None


def _short(exc: Exception) -> str:
    text = str(exc)
    return text.split(": ", 1)[-1] if text.startswith("/") else text


def _read_or_aside(path: Path, kind: str) -> dict | None:
    if not path.is_file():
        return None
    try:
        return read_json(path, kind, 1)
    except FileFormatError:
        set_aside(path)
        return None


def completed_levels() -> set[str]:
    data = _read_or_aside(data_dir() / "progress.json", PROGRESS_KIND) or {}
    done = data.get("completed", [])
    return {str(x) for x in done} if isinstance(done, list) else set()


def mark_completed(level_id: str) -> None:
    done = sorted(completed_levels() | {level_id})
    write_json(
        data_dir() / "progress.json", {"kind": PROGRESS_KIND, "version": 1, "completed": done}
    )


def load_settings() -> Settings:
    data = _read_or_aside(data_dir() / "settings.json", SETTINGS_KIND) or {}
    known = {k: data[k] for k in asdict(Settings()) if k in data}
    try:
        return Settings(**known).clamp()
    except (TypeError, ValueError):
        return Settings()


def save_settings(settings: Settings) -> None:
    write_json(
        data_dir() / "settings.json",
        {"kind": SETTINGS_KIND, "version": 1, **asdict(settings.clamp())},
    )
