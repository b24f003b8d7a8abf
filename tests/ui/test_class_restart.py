"""A class game quit part way and continued after a restart is still the class's game: its
results go to the teacher with the code, and hidden scores stay hidden. The seat is kept in
the save (version 2); a version 1 save, which has none, still continues."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pygame
import pytest

from game.classroom.code import SessionCode, make_code
from game.classroom.files import list_results
from game.classroom.server import DEFAULT_LIMITS
from game.core.content.loader import load_level
from game.core.level import Level
from game.ui import store
from game.userfiles import data_dir
from tests.classroom.conftest import Running
from tests.ui.drive import FRAME, end_the_day, focus_keys, focus_on, press

if TYPE_CHECKING:
    from game.ui.app import App

NICKNAME = "brave-otter-11"
MAX_STEPS = 60
"""Screens a test may pass through on its way to the debrief (the fixture level is short)."""


@pytest.fixture
def level(levels_dir: Path) -> Level:
    return load_level(levels_dir / "all_features.yaml").level


@pytest.fixture
def collector(tmp_path: Path) -> Iterator[Running]:
    running = Running(tmp_path / "class.db", DEFAULT_LIMITS, {})
    yield running
    running.stop()


def join_and_play_a_day(app: App, code: SessionCode, level: Level) -> None:
    app.director.start_class(code, level, NICKNAME)
    app.tick(FRAME)
    press(app, pygame.K_RETURN)  # Start day 1
    while app.top.name == "prompt":
        press(app, pygame.K_RETURN)
    end_the_day(app)
    while app.top.name in ("prompt", "evening"):
        press(app, pygame.K_RETURN)
    assert app.top.name == "day" and app.top.session.world.day == 2


def restart(old: App) -> App:
    """Close the window as a student does, then start the game again at the title."""
    from game.ui.app import App
    from game.ui.scenes.flow import start_scenes

    pygame.event.post(pygame.event.Event(pygame.QUIT))
    old.tick(FRAME)
    pygame.quit()
    app = App()
    app.director = start_scenes(app, None, None, None)
    app.tick(FRAME)
    return app


def continue_from_the_title(app: App) -> None:
    focus_on(app, next(k for k in focus_keys(app) if k.startswith("Continue:")))
    press(app, pygame.K_RETURN)
    for _ in range(MAX_STEPS):
        if app.top.name == "resume":
            app.tick(FRAME)
        elif app.top.name == "prompt":
            press(app, pygame.K_RETURN)
        else:
            break
    assert app.top.name == "day"


def play_to_the_debrief(app: App) -> None:
    for _ in range(MAX_STEPS):
        if app.top.name == "debrief":
            return
        if app.top.name in ("prompt", "evening"):
            press(app, pygame.K_RETURN)
            continue
        end_the_day(app)
    assert app.top.name == "debrief"


def shown_texts(app: App) -> list[str]:
    return [
        e.html_text for e in app.kit.manager.get_sprite_group().sprites() if hasattr(e, "html_text")
    ]


def test_a_class_game_continued_after_a_restart_sends_its_results_with_its_code(
    app: App, level: Level, collector: Running
) -> None:
    code = collector.collect_code(level, seed=9)
    collector.store.add_session(code.text, level.id)
    join_and_play_a_day(app, code, level)
    app = restart(app)
    continue_from_the_title(app)
    play_to_the_debrief(app)
    sent = collector.store.results(code.text)
    assert [(r.nickname, r.session) for r in sent] == [(NICKNAME, code.text)]
    kept = json.loads(list_results()[0].read_text(encoding="utf-8"))
    assert (kept["session"], kept["nickname"]) == (code.text, NICKNAME)
    assert "Sent to your teacher" in app.top.points_box.html_text


def test_hidden_scores_stay_hidden_in_a_class_game_continued_after_a_restart(
    app: App, level: Level, tmp_path: Path
) -> None:
    code = make_code(level.id, level.content_hash, 9, hide_scores=True)
    join_and_play_a_day(app, code, level)
    app = restart(app)
    continue_from_the_title(app)
    pygame.image.save(app.screen, tmp_path / "continued.png")
    score = app.top.session.world.score
    status = next(t for t in shown_texts(app) if "City score</b>" in t)
    tier = app.top.session.level.tier_for(score).label
    assert tier in status and str(score) not in status
    assert app.top.dial.caption() is None


def test_a_save_keeps_the_class_code_and_nickname_of_a_class_run(app: App, level: Level) -> None:
    code = make_code(level.id, level.content_hash, 9)
    join_and_play_a_day(app, code, level)
    (path,) = (data_dir() / "saves").glob("all_features.*.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["version"] == store.SAVE_VERSION == 2
    assert data["class"] == {"code": code.text, "nickname": NICKNAME}


def test_a_save_of_a_run_outside_a_class_has_no_class(app: App, level: Level) -> None:
    record = store.SessionRecord(level.id, level.content_hash, 1, ())
    assert store.save_session(record) is None
    (path,) = (data_dir() / "saves").glob("all_features.*.json")
    assert "class" not in json.loads(path.read_text(encoding="utf-8"))
    run, problem = store.load_run(level)
    assert problem is None and run is not None and run.seat is None


def test_a_version_1_save_with_no_class_still_continues(app: App, level: Level) -> None:
    record = store.SessionRecord(level.id, level.content_hash, 1, ())
    old = {"kind": store.SAVE_KIND, "version": 1, "session": record.to_json()}
    folder = data_dir() / "saves"
    folder.mkdir(parents=True)
    (folder / f"{store.level_slot(level).replace('@', '.')}.json").write_text(json.dumps(old))
    app = restart(app)
    continue_from_the_title(app)
    assert app.director.seat is None and app.top.session.seed == 1


def test_a_save_whose_class_code_is_for_another_seed_is_set_aside_with_one_line(
    level: Level,
) -> None:
    record = store.SessionRecord(level.id, level.content_hash, 1, ())
    assert store.save_session(record) is None
    (path,) = (data_dir() / "saves").glob("all_features.*.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    data["class"] = {"code": make_code(level.id, level.content_hash, 2).text, "nickname": "a-b-1"}
    path.write_text(json.dumps(data), encoding="utf-8")
    run, problem = store.load_run(level)
    assert run is None
    assert problem == (
        "Your save could not be used (the class code in the save is for seed 2, not 1); "
        f"it was moved to {path.name}.corrupt."
    )
