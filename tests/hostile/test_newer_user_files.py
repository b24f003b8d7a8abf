"""Settings and progress written by a newer copy of the game (a school computer with two
copies, a student trying an older one): the older game plays on with defaults, and the newer
file is kept where the newer game looks for it, neither renamed as if it were corrupt nor
written over."""

import json
from pathlib import Path

from game.ui.store import Settings, completed_levels, mark_completed, read_settings, save_settings
from tests.hostile.userfile_cases import level

SETTINGS = ("settings.json", "citizen-score-settings", {"volume": 10})
PROGRESS = ("progress.json", "citizen-score-progress", {"completed": ["nosedive@abc"]})


def newer(home: Path, name: str, kind: str, extra: dict) -> Path:
    path = home / name
    home.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"kind": kind, "version": 99, **extra}))
    return path


def test_settings_from_a_newer_game_stay_where_the_newer_game_reads_them(user_home: Path):
    path = newer(user_home, *SETTINGS)
    before = path.read_bytes()
    settings, message = read_settings()
    assert settings == Settings()
    assert message is not None and "newer" in message
    assert path.read_bytes() == before


def test_progress_from_a_newer_game_stays_where_the_newer_game_reads_it(user_home: Path):
    path = newer(user_home, *PROGRESS)
    before = path.read_bytes()
    assert completed_levels() == set()
    assert path.read_bytes() == before


def test_saving_settings_does_not_write_over_a_newer_games_settings(user_home: Path):
    path = newer(user_home, *SETTINGS)
    before = path.read_bytes()
    message = save_settings(Settings(volume=3))
    assert message is not None and "newer" in message
    assert path.read_bytes() == before


def test_saving_settings_over_an_older_or_missing_file_still_writes_them(user_home: Path):
    assert save_settings(Settings(volume=3)) is None
    assert read_settings() == (Settings(volume=3), None)


def test_finishing_a_level_does_not_write_over_a_newer_games_progress(user_home: Path):
    path = newer(user_home, *PROGRESS)
    before = path.read_bytes()
    message = mark_completed(level())
    assert message is not None and "newer" in message
    assert path.read_bytes() == before
