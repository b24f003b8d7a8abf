"""Continue replays a long save a slice per frame, lands on the same world as a one-shot replay,
and Esc during the replay goes back to the title with the save kept."""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING

import pygame
import pytest

from game.core import events as ev
from game.core.actions import Action
from game.core.level import Level
from game.core.record import SessionRecord, replay
from game.ui.scenes.resume import SLICE_ACTIONS
from game.ui.store import MAX_SAVE_ACTIONS, save_session
from game.userfiles import data_dir
from tests.ui.drive import FRAME, click, focus_keys, focus_on, press
from tests.ui.long_save import long_actions, long_level

if TYPE_CHECKING:
    from game.ui.app import App

LONG_SAVE = 3_000
SEED = 1


def _long_save(folder: Path) -> tuple[Level, list[Action]]:
    level = long_level(folder)
    assert level is not None
    actions, own = long_actions(level, LONG_SAVE, SEED)
    assert own < LONG_SAVE and len(actions) == LONG_SAVE
    return level, actions


@pytest.fixture
def saved(app: App, levels_dir: Path) -> tuple[Level, list[Action], Path]:
    """A 3,000-action save of the long level, written by the game's own save code, with the
    title offering to continue it."""
    level, actions = _long_save(levels_dir)
    record = SessionRecord(level.id, level.content_hash, SEED, tuple(actions))
    assert save_session(record) is None
    (path,) = (data_dir() / "saves").glob("all_features.*.json")
    app.director.title()
    app.tick(FRAME)
    return level, actions, path


def _continue(app: App) -> None:
    focus_on(app, next(k for k in focus_keys(app) if k.startswith("Continue:")))
    press(app, pygame.K_RETURN, frames=0)


def test_a_long_save_is_replayed_a_slice_per_frame(app: App, saved) -> None:
    _continue(app)
    per_frame = []
    while app.top.name in ("title", "resume"):
        before = len(app.top.session.script) if app.top.name == "resume" else 0
        app.tick(FRAME)
        if app.top.name == "resume":
            per_frame.append(len(app.top.session.script) - before)
        else:
            per_frame.append(LONG_SAVE - before)
    assert sum(per_frame) == LONG_SAVE
    assert max(per_frame) <= SLICE_ACTIONS <= MAX_SAVE_ACTIONS // 16
    assert len(per_frame) >= math.ceil(LONG_SAVE / SLICE_ACTIONS)


def test_a_resumed_long_save_equals_a_one_shot_replay(app: App, saved) -> None:
    _, actions, _ = saved
    _continue(app)
    for _ in range(2 * LONG_SAVE):
        if app.top.name not in ("title", "resume"):
            break
        app.tick(FRAME)
    assert app.top.name == "day"
    session = app.top.session
    world, events = replay(session.level, SEED, actions)
    assert session.world == world
    assert [ev.describe(e) for e in session.events] == [ev.describe(e) for e in events]
    assert session.script == actions
    assert session.world.day == 30 and not session.world.ended


def test_escape_while_resuming_goes_to_the_title_and_keeps_the_save(app: App, saved) -> None:
    _, _, path = saved
    before = path.read_bytes()
    _continue(app)
    app.tick(FRAME)
    assert app.top.name == "resume"
    assert 0 < len(app.top.session.script) < LONG_SAVE
    press(app, pygame.K_ESCAPE)
    assert app.top.name == "title"
    assert path.read_bytes() == before
    assert any(k.startswith("Continue:") for k in focus_keys(app))


def test_the_back_button_while_resuming_goes_to_the_title(app: App, saved) -> None:
    _continue(app)
    app.tick(FRAME)
    assert app.top.name == "resume"
    click(app, next(e for k, e, _ in app.top.focus.items if k == "Back to title"))
    assert app.top.name == "title"


def test_continue_reads_the_save_again_when_it_changed_after_the_title_read_it(
    app: App, saved
) -> None:
    level, actions, _ = saved
    shorter = tuple(actions[:40])
    assert save_session(SessionRecord(level.id, level.content_hash, SEED, shorter)) is None
    _continue(app)
    for _ in range(len(shorter) + 1):  # the replay's slices depend on the machine's speed
        app.tick(FRAME)
        if app.top.name == "day":
            break
    assert app.top.name == "day"
    assert tuple(app.top.session.script) == shorter


def test_the_resume_screen_fits_the_smallest_window_at_the_largest_text(levels_dir: Path) -> None:
    from game.ui.app import App
    from game.ui.scenes.flow import start_scenes
    from game.ui.store import Settings

    level, actions = _long_save(levels_dir)
    assert save_session(SessionRecord(level.id, level.content_hash, SEED, tuple(actions))) is None
    small = App((1024, 600), Settings(text_scale=200))
    try:
        start_scenes(small, None, None, None)
        small.tick(FRAME)
        _continue(small)
        small.tick(FRAME)
        scene = small.top
        assert scene.name == "resume"
        back = next(e for k, e, _ in scene.focus.items if k == "Back to title").get_abs_rect()
        assert scene.progress_area.bottom <= back.top
        assert small.screen.get_rect().contains(back)
    finally:
        pygame.quit()
