"""Page Down and Page Up scroll a long page of text, so a player without a mouse can read
all of it: the debrief's pages and the help."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pygame
from pygame_gui.elements import UIScrollingContainer

from game.core.content.loader import load_level
from game.sim.bots import BUILT_IN
from game.sim.runner import run_episode
from tests.ui.drive import FRAME, focus_on, press

if TYPE_CHECKING:
    from game.ui.app import App

LEVELS = Path(__file__).parents[2] / "levels"


def _debrief(game_app: App, level_id: str) -> App:
    from game.ui.play import PlaySession
    from game.ui.scenes.flow import Director

    level = load_level(LEVELS / f"{level_id}.yaml").level
    episode = run_episode(level, BUILT_IN["conformist"], 1)
    game_app.director = Director(game_app)
    game_app.director.debrief(PlaySession.start(level, 1, list(episode.actions)))
    game_app.tick(FRAME)
    return game_app


def _page_bar(app: App):
    boxes = [w for w in app.top.widgets if isinstance(w, UIScrollingContainer) and w.visible]
    bars = [b.vert_scroll_bar for b in boxes if b.vert_scroll_bar is not None]
    assert len(bars) == 1, bars
    return bars[0]


def test_page_down_scrolls_the_truth_page_and_page_up_brings_it_back(game_app: App) -> None:
    app = _debrief(game_app, "nosedive")
    focus_on(app, "page:truth")
    press(app, pygame.K_RETURN)
    bar = _page_bar(app)
    assert bar.start_percentage == 0
    press(app, pygame.K_PAGEDOWN)
    assert _page_bar(app).start_percentage > 0
    press(app, pygame.K_PAGEUP)
    assert _page_bar(app).start_percentage == 0
    assert app.top.focus.current_key() == "page:truth"


def test_the_keyboard_help_names_the_keys_that_scroll_a_page() -> None:
    from game.ui.scenes.overlays import HELP

    assert any("Page Down" in keys for keys, _ in HELP)
