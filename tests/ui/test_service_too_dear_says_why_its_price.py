"""A service the player cannot afford says its price as the engine's offer gives it, with
why that price differs from the list price: Sesame Garden's car read "It costs 200; you have
141." for a player whose deposit was already waived, the words of the engine's refusal cut
down, which have no room for the reason."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

import pygame

from game.core.content.loader import load_level
from game.sim.bots import chooser_for
from game.sim.runner import run_episode
from tests.ui.drive import FRAME, press

if TYPE_CHECKING:
    from game.ui.app import App

LEVEL = Path(__file__).parents[2] / "levels" / "sesame_garden.yaml"


def test_a_service_too_dear_says_its_price_with_why_it_differs(game_app: App) -> None:
    from game.ui.play import PlaySession
    from game.ui.scenes.flow import Director

    level = load_level(LEVEL).level
    assert level is not None
    choose = chooser_for(level, "conformist")
    assert choose is not None
    actions = list(run_episode(level, choose, 1).actions)[:23]  # day 7, 141 in the bank
    game_app.director = Director(game_app)
    game_app.director.play(PlaySession.start(level, 1, actions))
    game_app.tick(FRAME)
    while game_app.top.name != "day":
        press(game_app, pygame.K_ESCAPE)
    press(game_app, pygame.K_4)
    rows = [html.unescape(r.markup) for r in game_app.top._phone_rows("Services")]
    car = next(r for r in rows if r.startswith("<b>Rent a car for the weekend</b>"))
    assert "You can't apply now:</b> It costs 200 (deposit waived); you have 141." in car, car
