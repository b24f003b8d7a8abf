"""Live reload: a saved level file replays the player's actions onto the new version; a broken
one shows its problems while the last good version keeps running."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pygame
import pytest

from game.core.content.loader import load_level
from tests.ui.drive import focus_keys, focus_on, press

if TYPE_CHECKING:
    from game.ui.app import App

FIXTURE = Path(__file__).parents[1] / "fixtures" / "levels" / "all_features.yaml"


@pytest.fixture
def watched(tmp_path: Path) -> Iterator[tuple[App, Path]]:
    from game.ui.app import App
    from game.ui.scenes.flow import start_scenes

    path = tmp_path / "draft.yaml"
    shutil.copy(FIXTURE, path)
    app = App()
    app.director = start_scenes(app, load_level(path).level, None, str(path))
    app.tick(0.016)
    while app.top.name != "day":
        press(app, pygame.K_RETURN)
    focus_on(app, next(k for k in focus_keys(app) if k.endswith("buy diapers")))
    press(app, pygame.K_RETURN)
    yield app, path
    pygame.quit()


def _save(path: Path, text: str) -> None:
    path.write_text(text)
    stamp = path.stat().st_mtime + 5
    os.utime(path, (stamp, stamp))


def _poll(app: App) -> None:
    app.director.watch.last_check = 0.0
    app.tick(0.016)


def test_saving_the_level_replays_the_actions_on_the_new_version(watched: tuple[App, Path]) -> None:
    app, path = watched
    before = app.top.session.world.factors["behaviour"]
    _save(path, path.read_text().replace("delta: 20\n", "delta: 35\n", 1))
    _poll(app)
    world = app.top.session.world
    assert world.owned == {"diapers": 1} and world.factors["behaviour"] == before + 15
    assert app.top.session.level.content_hash == load_level(path).level.content_hash


def test_a_broken_save_shows_its_problems_and_keeps_the_last_good_version(
    watched: tuple[App, Path],
) -> None:
    app, path = watched
    before = app.director.watch.director
    _save(path, path.read_text().replace("delta: 20", "delat: 20", 1))
    _poll(app)
    assert app.top.name == "problems"
    assert any("unknown key 'delat'" in p for p in app.top.problems)
    day = next(s for s in app.stack if s.name == "day")
    assert day.session.world.owned == {"diapers": 1} and before is app.director


def test_a_second_broken_save_replaces_the_problems_dialog_instead_of_stacking(
    watched: tuple[App, Path],
) -> None:
    app, path = watched
    good = path.read_text()
    _save(path, good.replace("delta: 20", "delat: 20", 1))
    _poll(app)
    _save(path, good.replace("delta: 20", "deltta: 20", 1))
    _poll(app)
    assert [s.name for s in app.stack].count("problems") == 1
    assert any("unknown key 'deltta'" in p for p in app.top.problems)


def test_the_problems_dialog_names_a_rule_by_its_id_as_validate_does(
    watched: tuple[App, Path],
) -> None:
    app, path = watched
    _save(path, path.read_text().replace("delta: 20\n", "delta: lots\n", 1))
    _poll(app)
    assert any("rules.diapers_up.delta: expected a whole number" in p for p in app.top.problems)


DIAPERS = "  - {id: diapers, label: Diapers, price: 40, tags: [responsible]}"


def _save_without_diapers_today(app: App, path: Path, good: str) -> None:
    """Save a version whose shop has no diapers before day 9, and let the watcher see it."""
    _save(path, good.replace(DIAPERS, DIAPERS[:-1] + ", available: {day_at_least: 9}}", 1))
    _poll(app)


def test_a_reload_names_the_actions_it_drops_and_a_restoring_save_plays_them_again(
    watched: tuple[App, Path],
) -> None:
    app, path = watched
    good = path.read_text()
    _save_without_diapers_today(app, path, good)
    assert app.top.name == "dropped"
    assert app.top.dropped == ["buy diapers: That item is not in the shop today."]
    day = next(s for s in app.stack if s.name == "day")
    assert day.session.world.owned == {}
    _save(path, good)
    _poll(app)
    assert app.top is day and day.session.world.owned == {"diapers": 1}


def test_an_action_a_reload_drops_is_not_logged_as_a_refused_try_of_the_player(
    watched: tuple[App, Path],
) -> None:
    from game.core.events import ActionRefused

    app, path = watched
    good = path.read_text()
    _save_without_diapers_today(app, path, good)
    day = next(s for s in app.stack if s.name == "day")
    assert app.top.dropped and not any(isinstance(e, ActionRefused) for e in day.session.events)


def test_a_reload_keeps_the_phones_tab_and_the_focus_ring_on_it(
    watched: tuple[App, Path],
) -> None:
    app, path = watched
    day = app.top
    press(app, pygame.K_3)
    focus_on(app, "tab:Friends")
    _save(path, path.read_text().replace("delta: 20\n", "delta: 35\n", 1))
    _poll(app)
    app.tick(0.016)
    assert app.top is day and day.tab == "Friends"
    assert app.top.focus.current_key() == "tab:Friends"


def test_a_file_broken_at_start_shows_its_problems_then_plays_once_a_save_fixes_it(
    tmp_path: Path,
) -> None:
    from game.ui.app import App
    from game.ui.scenes.flow import start_scenes

    path = tmp_path / "draft.yaml"
    good = FIXTURE.read_text()
    path.write_text(good.replace("delta: 20", "delat: 20", 1))
    app = App()
    try:
        app.director = start_scenes(app, None, None, str(path))
        app.tick(0.016)
        assert app.top.name == "problems"
        assert any("unknown key 'delat'" in p for p in app.top.problems)
        assert "starts as soon as it loads" in app.top.body()
        _save(path, good)
        _poll(app)
        assert app.top.name != "problems"
        assert app.top.name in ("briefing", "day", "prompt"), app.top.name
    finally:
        pygame.quit()


def test_a_good_save_with_the_inspector_open_shows_the_inspector_of_the_new_version(
    watched: tuple[App, Path],
) -> None:
    app, path = watched
    press(app, pygame.K_F12)
    assert app.top.name == "inspector"
    _save(path, path.read_text().replace("delta: 20\n", "delta: 35\n", 1))
    _poll(app)
    assert app.top.name == "inspector"
    assert app.top.session.level.content_hash == load_level(path).level.content_hash
