"""The debrief's "Next level" goes on with a saved run of that level rather than deleting
it: it started the next level afresh, and a run of it the player had saved and left was
gone without a word."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.ui.store import has_save
from tests.ui.drive import FRAME, focus_on, open_debrief, press

if TYPE_CHECKING:
    from game.ui.app import App


def test_next_level_continues_a_saved_run_of_the_next_level(game_app: App) -> None:
    from game.ui.scenes.flow import start_scenes

    app = game_app
    app.director = start_scenes(app, None, None, None)
    app.tick(FRAME)
    press(app, pygame.K_RETURN)  # Play
    focus_on(app, "play:my_wallet")  # the level after Gig Street
    press(app, pygame.K_RETURN)  # the briefing
    press(app, pygame.K_RETURN)  # Start day 1
    while app.top.name == "prompt":
        press(app, pygame.K_ESCAPE)
    press(app, pygame.K_RETURN, frames=10)  # the first card's action
    taken = list(app.top.session.actions)
    level = app.top.session.level
    press(app, pygame.K_ESCAPE)  # the pause menu
    focus_on(app, "Save and leave")
    press(app, pygame.K_RETURN, frames=5)
    assert has_save(level) and taken
    open_debrief(app, "gig_street")
    focus_on(app, "Next level")
    press(app, pygame.K_RETURN, frames=5)
    for _ in range(200):  # the saved run is replayed a slice a frame
        if app.top.name not in ("resume",):
            break
        app.tick(FRAME)
    while app.top.name == "prompt":
        press(app, pygame.K_ESCAPE)
    assert app.top.name == "day"
    assert app.top.session.level.id == "my_wallet"
    assert list(app.top.session.actions) == taken
