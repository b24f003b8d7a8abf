"""Hostile saves, settings and progress files are set aside with a message; defaults are used."""

import json
from pathlib import Path

import pytest

from game.core.actions import END_DAY
from game.core.record import SessionRecord
from game.ui import store
from game.userfiles import data_dir
from tests.hostile.userfile_cases import cases, level, place_save


def _place(name: str, source: Path) -> Path:
    target = data_dir() / name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(source.read_bytes())
    return target


@pytest.mark.parametrize(
    "source",
    [p for p in cases("settings") if "newer" not in p.stem],  # kept: test_newer_user_files
    ids=lambda p: p.stem,
)
def test_a_hostile_settings_file_gives_defaults_and_one_message(source: Path):
    path = _place("settings.json", source)
    settings, message = store.read_settings()
    assert settings == store.Settings()
    assert message and "\n" not in message
    assert not path.exists() and path.with_name("settings.json.corrupt").exists()


def test_high_contrast_written_as_text_is_refused_not_read_as_true():
    _place("settings.json", next(p for p in cases("settings") if "high_contrast" in p.name))
    settings, message = store.read_settings()
    assert settings.high_contrast is False and "high_contrast" in message


@pytest.mark.parametrize("source", cases("progress"), ids=lambda p: p.stem)
def test_a_hostile_progress_file_never_raises(source: Path):
    _place("progress.json", source)
    assert all(isinstance(key, str) for key in store.completed_levels())


@pytest.mark.parametrize("source", cases("save"), ids=lambda p: p.stem)
def test_a_hostile_save_is_set_aside_with_a_message(source: Path):
    lv = level()
    path = place_save(source, lv)
    record, message = store.load_save(lv)
    assert record is None and message and "\n" not in message
    assert not path.exists() and path.with_name(path.name + ".corrupt").exists()


def test_a_save_with_too_many_actions_is_refused_before_replaying():
    lv = level()
    session = {"kind": "citizen-score-session", "version": 1, "level_id": lv.id}
    session |= {"level_hash": lv.content_hash, "seed": 1, "actions": [["end_day"]] * 200_000}
    path = place_save(Path("/dev/null"), lv)
    path.write_text(json.dumps({"kind": store.SAVE_KIND, "version": 1, "session": session}))
    record, message = store.load_save(lv)
    assert record is None and "could not be used" in message


def test_a_save_path_that_is_a_folder_is_reported_and_left_alone():
    lv = level()
    path = place_save(Path("/dev/null"), lv)
    path.unlink()
    path.mkdir()
    assert not store.has_save(lv)
    record = SessionRecord(lv.id, lv.content_hash, 1, (END_DAY,))
    assert "a folder is in the way" in store.save_session(record)


def test_a_settings_path_that_is_a_folder_gives_defaults():
    (data_dir() / "settings.json").mkdir(parents=True)
    settings, message = store.read_settings()
    assert settings == store.Settings() and "not a regular file" in message
    assert store.save_settings(settings) is not None


def test_settings_of_the_wrong_type_are_named_in_plain_words():
    data = {"kind": store.SETTINGS_KIND, "version": store.SETTINGS_VERSION, "volume": "loud"}
    (data_dir() / "settings.json").parent.mkdir(parents=True, exist_ok=True)
    (data_dir() / "settings.json").write_text(json.dumps(data), encoding="utf-8")
    _, message = store.read_settings()
    assert "volume: expected a whole number, not 'loud'" in message
    assert "input should" not in message.lower()


def test_level_select_says_why_the_settings_were_reset(levels_dir: Path):
    import pygame

    from game.ui.app import App
    from game.ui.scenes.flow import start_scenes

    _place("settings.json", next(p for p in cases("settings") if "infinity" in p.name))
    app = App()
    try:
        app.director = start_scenes(app, None, None, None)
        app.director.level_select()
        app.tick(0.016)
        sprites = app.kit.manager.get_sprite_group().sprites()
        shown = [e.html_text for e in sprites if hasattr(e, "html_text")]
        assert any("Settings reset to defaults" in t or "settings.json could" in t for t in shown)
    finally:
        pygame.quit()


def test_two_level_files_with_one_id_keep_separate_saves():
    from game.core.content.loader import load_level_text
    from tests.conftest import FIXTURES

    text = (FIXTURES / "all_features.yaml").read_text(encoding="utf-8")
    original = load_level_text(text, "original.yaml").level
    copy = load_level_text(text.replace("Every Feature", "Every Feature 2"), "copy.yaml").level
    assert original.id == copy.id and original.content_hash != copy.content_hash
    assert store.save_session(SessionRecord(original.id, original.content_hash, 1, ())) is None
    assert store.has_save(original) and not store.has_save(copy)
    store.delete_save(copy)
    assert store.load_save(original)[0] is not None
    assert store.mark_completed(copy) is None
    done = store.completed_levels()
    assert store.is_completed(copy, done) and not store.is_completed(original, done)
