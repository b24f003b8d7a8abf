"""A friend outside the scheme has no score: the Friends tab must not list them as pulling
the player's score down because 'their score is below yours' (found playing Citizen Score
2020, where Wei's own card says 'not in the scheme')."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

import pygame

from game.core.actions import END_DAY, Action
from game.core.content.loader import load_level
from tests.ui.drive import FRAME, press

if TYPE_CHECKING:
    from game.core.level import Level
    from game.ui.app import App

LEVEL = Path(__file__).parents[2] / "levels" / "citizen_score_2020.yaml"


def _level() -> Level:
    level = load_level(LEVEL).level
    assert level is not None
    return level


def _play(app: App, level: Level, actions: list[Action]) -> None:
    from game.ui.play import PlaySession
    from game.ui.scenes.flow import Director

    app.director = Director(app)
    app.director.play(PlaySession.start(level, 1, actions))
    app.tick(FRAME)
    while app.top.name != "day":
        press(app, pygame.K_ESCAPE)


def _rows(app: App, key: int, tab: str) -> list[str]:
    press(app, key)
    return [html.unescape(r.markup) for r in app.top._phone_rows(tab)]


def test_a_friend_outside_the_beta_is_not_said_to_have_a_score_below_yours(game_app):
    _play(game_app, _level(), [Action("answer", "join_beta", "join"), END_DAY, END_DAY])
    rows = _rows(game_app, pygame.K_3, "Friends")
    assert any("Wei</b> · friend · Citizen Score: not in the scheme" in r for r in rows)
    assert not any(r.startswith("<b>Wei</b>: their Citizen Score is below yours") for r in rows)
