"""The debrief's first screen names the tier a run fell into and climbed out of, instead of
'Fair -> Fair (2 reached)', which hides the dip the chart shows."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame
from pygame_gui.elements import UITextBox

from tests.ui.drive import end_the_day, focus_on, press, start_level

if TYPE_CHECKING:
    from game.ui.app import App


def _do(app: App, *keys: str) -> None:
    for key in keys:
        focus_on(app, key)
        press(app, pygame.K_RETURN)


def _next_day(app: App) -> None:
    end_the_day(app)
    while app.top.name in ("evening", "prompt"):
        press(app, pygame.K_RETURN)


def _tiers_line(app: App) -> str:
    boxes = app.kit.manager.get_sprite_group().sprites()
    text = next(e.html_text for e in boxes if isinstance(e, UITextBox) and "Tiers:" in e.html_text)
    return text.split("Tiers:</b>")[1].split("<br>")[0]


def test_a_run_that_dips_a_tier_and_climbs_back_names_the_tier_it_dipped_into(
    game_app: App,
) -> None:
    app = game_app
    start_level(app, "sesame_garden")
    press(app, pygame.K_RETURN)  # Start day 1
    _do(app, "\u2610 Join the beta", "buy video_games")
    _next_day(app)  # 550 - 15 and friends: Poor
    _do(app, "buy work_clothes", "tab:Services", "apply add_degree", "apply pay_utilities")
    _next_day(app)  # +8 +15 +8: Fair again
    _do(app, "tab:Shop", "buy local_veg", "buy work_shoes")
    _next_day(app)
    for _ in range(7):
        _do(app, "tab:Feed")
        _next_day(app)
    assert app.top.name == "debrief"
    assert app.top.doc.final_tier == app.top.doc.tiers[0] == "Fair"
    assert "Poor" in _tiers_line(app)
