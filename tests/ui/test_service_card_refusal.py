"""A service closed by a restriction says why on its card without naming itself again: the
card's title already does ('Train to Grandma's 80th birthday refused: ...' read twice)."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

import pygame

from game.core.actions import END_DAY
from game.core.content.loader import load_level
from game.sim.bots import chooser_for
from game.sim.runner import run_episode
from tests.ui.drive import FRAME, press

if TYPE_CHECKING:
    from game.ui.app import App

LEVEL = Path(__file__).parents[2] / "levels" / "citizen_score_2020.yaml"


def test_a_refused_service_card_gives_the_reason_without_its_own_title(game_app: App) -> None:
    from game.ui.play import PlaySession
    from game.ui.scenes.flow import Director

    level = load_level(LEVEL).level
    assert level is not None
    choose = chooser_for(level, "dissident")
    assert choose is not None
    actions = list(run_episode(level, choose, 1).actions)
    ends = [i for i, a in enumerate(actions) if a == END_DAY]
    game_app.director = Director(game_app)
    game_app.director.play(PlaySession.start(level, 1, actions[: ends[6] + 1]))  # far below
    game_app.tick(FRAME)
    while game_app.top.name != "day":
        press(game_app, pygame.K_ESCAPE)
    press(game_app, pygame.K_4)
    rows = [html.unescape(r.markup) for r in game_app.top._phone_rows("Services")]
    train = next(r for r in rows if r.startswith("<b>Train to Grandma's 80th birthday</b>"))
    assert "You can't apply now:</b> No train or plane tickets." in train
    assert "Train to Grandma's 80th birthday refused" not in train
