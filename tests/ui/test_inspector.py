"""The designer inspector (F12 with --watch or --debug) shows the world's true values, and
`play LEVEL --day N` warps to a later morning by replaying a bot or a record."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pygame
import pytest

from game.cli.play_cmd import warp_actions
from game.core.content.loader import load_level, load_level_text
from game.core.level import Level
from game.core.record import replay
from tests.ui.drive import focus_keys, focus_on, press

if TYPE_CHECKING:
    from game.ui.app import App

FIXTURE = Path(__file__).parents[1] / "fixtures" / "levels" / "all_features.yaml"


def hidden_daily_level() -> Level:
    """The all-features level with an opaque score that lands each evening."""
    text = FIXTURE.read_text(encoding="utf-8")
    text = text.replace("  display: exact", "  display: hidden", 1)
    text = text.replace("  update: instant", "  update: daily", 1)
    result = load_level_text(text, str(FIXTURE))
    assert result.ok, [p.format() for p in result.problems]
    return result.level


def open_day(level: Level, *, debug: bool, actions=None) -> App:
    from game.ui.app import App
    from game.ui.scenes.flow import start_scenes

    app = App()
    app.director = start_scenes(app, level, None, None, debug=debug, actions=actions)
    app.tick(0.016)
    while app.top.name != "day":
        press(app, pygame.K_RETURN)
    return app


@pytest.fixture
def debug_app() -> Iterator[App]:
    app = open_day(hidden_daily_level(), debug=True)
    focus_on(app, next(k for k in focus_keys(app) if k.endswith("buy diapers")))
    press(app, pygame.K_RETURN)
    yield app
    pygame.quit()


def test_f12_shows_the_worlds_true_values_even_when_the_regime_hides_them(debug_app):
    from game.ui.scenes.inspector import inspect

    day = debug_app.top
    world = day.session.world
    press(debug_app, pygame.K_F12)
    assert debug_app.top.name == "inspector"
    shown = inspect(world, day.session.events)
    assert (shown.score, shown.tier, shown.money) == (world.score, world.tier, world.money)
    assert dict(shown.factors) == dict(world.factors)
    assert shown.flags == tuple(sorted(world.flags))
    assert shown.pending == tuple((p.delta, p.factor, p.rule_id) for p in world.pending)
    assert shown.pending and ("diapers_up", 1, 20) in shown.fired_today


def test_the_inspector_prints_the_hidden_score_and_pending_change(debug_app):
    world = debug_app.top.session.world
    press(debug_app, pygame.K_F12)
    body = debug_app.top.body()
    assert f"score <b>{world.score}</b>" in body and "+20 behaviour (diapers_up)" in body


def test_the_inspector_writes_money_as_the_game_does(debug_app):
    from dataclasses import replace

    session = debug_app.top.session
    session.world = replace(session.world, money=12500)
    press(debug_app, pygame.K_F12)
    assert "money 12,500 " in debug_app.top.body()


def test_f12_does_nothing_without_watch_or_debug():
    app = open_day(load_level(FIXTURE).level, debug=False)
    press(app, pygame.K_F12)
    assert app.top.name == "day"
    pygame.quit()


def warp_args(**extra) -> argparse.Namespace:
    values = {"day": 3, "seed": None, "strategy": "conformist", "from_record": None} | extra
    return argparse.Namespace(**values)


def test_warp_replays_a_bot_up_to_the_morning_of_the_day():
    level = load_level(FIXTURE).level
    actions = warp_actions(level, warp_args())
    world, _ = replay(level, 1, actions)
    assert world.day == 3 and actions[-1].verb == "end_day"


def test_warp_opens_the_day_scene_on_that_morning():
    level = load_level(FIXTURE).level
    app = open_day(level, debug=True, actions=warp_actions(level, warp_args()))
    assert app.top.session.world.day == 3
    pygame.quit()


def test_warp_refuses_a_day_beyond_the_level(capsys):
    level = load_level(FIXTURE).level
    assert warp_actions(level, warp_args(day=99)) is None
    assert "--day must be 1 to" in capsys.readouterr().err


def test_warp_from_a_missing_record_names_the_file_once(capsys, tmp_path):
    level = load_level(FIXTURE).level
    missing = tmp_path / "none.json"
    assert warp_actions(level, warp_args(from_record=missing)) is None
    err = capsys.readouterr().err
    assert err.count(str(missing)) == 1 and err.startswith("citizen-score play: ")


def test_the_inspector_names_the_one_total_of_a_level_without_factors():
    from tests.core.levels import MINIMAL

    app = open_day(load_level_text(MINIMAL, "tiny.yaml").level, debug=True)
    focus_on(app, next(k for k in focus_keys(app) if k.endswith("buy apple")))
    press(app, pygame.K_RETURN)
    press(app, pygame.K_F12)
    body = app.top.body()
    pygame.quit()
    assert "all changes: +5 (this level lists no factors)" in body
    assert "score: +5" not in body


def test_the_inspector_lists_each_persons_true_score_when_the_regime_hides_others_scores():
    text = FIXTURE.read_text(encoding="utf-8").replace(
        "  display: exact", "  display: exact\n  others_visible: false", 1
    )
    level = load_level_text(text, str(FIXTURE)).level
    app = open_day(level, debug=True)
    world = app.top.session.world
    press(app, pygame.K_F12)
    body = app.top.body()
    pygame.quit()
    assert level.spec.score.others_visible is False
    assert f"wei: {world.char_score('wei')} \u00b7 friend" in body
    assert f"lu: {world.char_score('lu')};" in body
    assert f"mum: {world.char_score('mum')} \u00b7 not in the scheme" in body


def test_the_inspector_shows_the_whole_state_of_the_all_features_level_without_scrolling(
    debug_app,
):
    from pygame_gui.elements import UIScrollingContainer

    press(debug_app, pygame.K_F12)
    debug_app.tick(0.016)
    dialog = debug_app.top.widgets[-1].get_container()
    sprites = debug_app.top.kit.manager.get_sprite_group().sprites()
    [box] = [e for e in sprites if isinstance(e, UIScrollingContainer) and e.ui_container is dialog]
    assert box.vert_scroll_bar is None or box.vert_scroll_bar.visible_percentage >= 1.0


def test_the_inspector_counts_each_rules_fires_against_its_limit_and_names_the_rules_off():
    text = FIXTURE.read_text(encoding="utf-8").replace(
        "    delta: 20\n", "    delta: 20\n    max_times: 3\n", 1
    )
    app = open_day(load_level_text(text, str(FIXTURE)).level, debug=True)
    focus_on(app, next(k for k in focus_keys(app) if k.endswith("buy diapers")))
    press(app, pygame.K_RETURN)
    press(app, pygame.K_F12)
    body = app.top.body()
    pygame.quit()
    assert "<b>Rules fired so far:</b> diapers_up: 1\u00d7 of at most 3" in body
    assert "<b>Rules switched off:</b> critical_down" in body
