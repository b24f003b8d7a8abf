"""A refused service says what it takes: the Sesame visa card names the score of the tier
whose perk opens the fast lane, so a player knows how far there is to go."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pygame

from game.core.actions import END_DAY
from game.core.content.loader import load_level
from tests.ui.drive import FRAME, press

if TYPE_CHECKING:
    from game.ui.app import App

LEVELS = Path(__file__).parents[2] / "levels"


def test_the_refused_sesame_visa_card_names_the_score_its_fast_lane_needs(game_app: App) -> None:
    from game.ui.play import PlaySession
    from game.ui.scenes.flow import Director

    level = load_level(LEVELS / "sesame_garden.yaml").level
    lane = next(t for t in level.spec.tiers if "visa_lane" in t.perks)
    game_app.director = Director(game_app)
    game_app.director.play(PlaySession.start(level, 1, [END_DAY] * 5))
    game_app.tick(FRAME)
    while game_app.top.name != "day":
        press(game_app, pygame.K_ESCAPE)
    press(game_app, pygame.K_4)
    rows = game_app.top._phone_rows("Services")
    card = next(r.markup for r in rows if "Sesame report" in r.markup)
    assert "can't apply now" in card
    assert f"score of {lane.min}" in card
