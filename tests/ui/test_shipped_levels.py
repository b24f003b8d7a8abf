"""Every shipped level plays to its debrief in the window, by keyboard alone."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pygame
import pytest

from game.core.content.loader import load_level
from game.paths import level_files
from tests.ui.drive import end_the_day, press

if TYPE_CHECKING:
    from game.ui.app import App


@pytest.mark.parametrize("path", level_files(), ids=[p.stem for p in level_files()])
def test_a_shipped_level_plays_to_its_debrief(game_app: App, path: Path) -> None:
    from game.ui.scenes.flow import start_scenes

    level = load_level(path).level
    game_app.director = start_scenes(game_app, level, None, None)
    game_app.tick(0.016)
    for _ in range(level.spec.player.days * 4):
        name = game_app.top.name
        if name == "debrief":
            break
        if name in ("prompt", "evening", "briefing"):
            press(game_app, pygame.K_RETURN)
        else:
            assert name == "day", name
            end_the_day(game_app)
    assert game_app.top.name == "debrief"
    assert game_app.top.session.world.ended
