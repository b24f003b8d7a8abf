"""Autosave each evening, Continue from level select, and bad saves set aside, never a crash."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import pygame

from game.userfiles import data_dir
from tests.ui.drive import end_the_day, focus_keys, focus_on, press

if TYPE_CHECKING:
    from game.ui.app import App


def _play_one_day(app: App) -> None:
    press(app, pygame.K_RETURN)
    press(app, pygame.K_RETURN)
    press(app, pygame.K_RETURN)
    press(app, pygame.K_RETURN)  # answer the prompt with the pre-ticked option
    buy = next(k for k in focus_keys(app) if k.endswith("buy diapers"))
    focus_on(app, buy)
    press(app, pygame.K_RETURN)
    end_the_day(app)
    press(app, pygame.K_RETURN)  # evening: Continue


def test_quitting_mid_level_offers_continue_and_resumes_the_same_world(app: App) -> None:
    _play_one_day(app)
    before = app.top.session.world
    press(app, pygame.K_ESCAPE)
    assert app.top.name == "pause"
    focus_on(app, "Save and leave")
    press(app, pygame.K_RETURN)
    assert app.top.name == "level_select"
    assert "continue:all_features" in focus_keys(app)
    focus_on(app, "continue:all_features")
    press(app, pygame.K_RETURN)
    after = app.top.session.world
    assert app.top.name == "day"
    assert (after.day, after.score, after.money, after.owned) == (
        before.day,
        before.score,
        before.money,
        before.owned,
    )


def test_a_corrupt_save_is_set_aside_with_a_message(app: App) -> None:
    saves = data_dir() / "saves"
    saves.mkdir(parents=True)
    (saves / "all_features.json").write_text("{not json", encoding="utf-8")
    app.director.level_select()
    app.tick(0.016)
    focus_on(app, "continue:all_features")
    press(app, pygame.K_RETURN)
    assert app.top.name == "briefing"
    assert (saves / "all_features.json.corrupt").exists()
    texts = [
        e.html_text for e in app.kit.manager.get_sprite_group().sprites() if hasattr(e, "html_text")
    ]
    assert any("could not be used" in t for t in texts)


def test_a_save_from_a_changed_level_is_set_aside(app: App, levels_dir: Path) -> None:
    _play_one_day(app)
    (path,) = (data_dir() / "saves").glob("all_features.*.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    data["session"]["level_hash"] = "0" * 64
    path.write_text(json.dumps(data), encoding="utf-8")
    app.director.level_select()
    app.tick(0.016)
    focus_on(app, "continue:all_features")
    press(app, pygame.K_RETURN)
    assert app.top.name == "briefing"
    assert not path.exists() and path.with_name(path.name + ".corrupt").exists()


def test_settings_persist_in_the_user_data_folder(app: App) -> None:
    from game.ui.store import load_settings

    app.director.level_select()
    app.tick(0.016)
    press(app, pygame.K_ESCAPE)  # level select goes back to the title
    press(app, pygame.K_RETURN)
    from game.ui.scenes.overlays import PauseScene

    app.push(PauseScene(app.kit, app))
    app.tick(0.016)
    focus_on(app, "Text larger")
    press(app, pygame.K_RETURN)
    focus_on(app, "High contrast")
    press(app, pygame.K_RETURN)
    saved = load_settings()
    assert (saved.text_scale, saved.high_contrast) == (125, True)


def test_the_title_offers_continue_for_a_copy_saved_under_another_file_name(
    app: App, levels_dir: Path
) -> None:
    from game.core.content.loader import load_level
    from game.core.record import SessionRecord
    from game.ui.store import save_session

    original = levels_dir / "all_features.yaml"
    copy = levels_dir / "my_variant.yaml"
    text = original.read_text(encoding="utf-8")
    copy.write_text(text.replace("  title: ", "  title: Variant of ", 1), encoding="utf-8")
    level = load_level(copy).level
    assert level is not None and level.id == "all_features"
    record = SessionRecord(level.id, level.content_hash, 1, ())
    assert save_session(record) is None
    offer = app.director.continue_offer()
    assert load_level(original).level.content_hash != level.content_hash
    assert offer is not None and offer[0].content_hash == level.content_hash
