""" "Start over" beside a saved run's "Continue" asks first: it deleted the saved run at once,
so one press beside the intended button (or Back from the briefing it opened) lost a run."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pygame
import pytest

from game.ui.store import has_save
from tests.ui.drive import FRAME, focus_on, press

if TYPE_CHECKING:
    from game.ui.app import App


@pytest.fixture
def saved(game_app: App) -> Iterator[App]:
    """Nosedive played for one action, saved and left: level select shows its Continue."""
    from game.ui.scenes.flow import start_scenes

    app = game_app
    app.director = start_scenes(app, None, None, None)
    app.tick(FRAME)
    press(app, pygame.K_RETURN)  # Play
    focus_on(app, "play:nosedive")
    press(app, pygame.K_RETURN)  # the briefing
    press(app, pygame.K_RETURN)  # Start day 1
    while app.top.name == "prompt":
        press(app, pygame.K_ESCAPE)
    press(app, pygame.K_RETURN, frames=10)  # buy the first item in the shop
    press(app, pygame.K_ESCAPE)  # the pause menu
    focus_on(app, "Save and leave")
    press(app, pygame.K_RETURN, frames=5)
    assert app.top.name == "level_select"
    yield app


def test_start_over_on_a_saved_run_asks_and_enter_keeps_the_run(saved: App) -> None:
    app = saved
    from game.core.content.loader import load_level
    from game.paths import PROJECT_ROOT

    level = load_level(PROJECT_ROOT / "levels" / "nosedive.yaml").level
    assert has_save(level)
    focus_on(app, "play:nosedive")
    press(app, pygame.K_RETURN, frames=5)
    assert app.top.name == "confirm"
    assert "day 1" in app.top.question
    press(app, pygame.K_RETURN, frames=5)  # the first answer: keep the run
    assert app.top.name == "level_select"
    assert has_save(level)


def test_start_over_confirmed_opens_the_briefing_of_a_new_run(saved: App) -> None:
    app = saved
    focus_on(app, "play:nosedive")
    press(app, pygame.K_RETURN, frames=5)
    focus_on(app, "Start over")
    press(app, pygame.K_RETURN, frames=5)
    assert app.top.name == "briefing"
    assert app.top.session.world.day == 1 and not app.top.session.actions
