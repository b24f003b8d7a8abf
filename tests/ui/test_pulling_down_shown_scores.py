"""A friend listed as pulling the score down because "their score is below yours" shows a
lower score than the player's on the same screen: a 14-year-old reads the two numbers."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from game.core.actions import END_DAY, Action
from game.core.content.loader import load_level
from tests.ui.drive import FRAME, press

if TYPE_CHECKING:
    from game.ui.app import App

LEVELS = Path(__file__).parents[2] / "levels"


def test_everyone_below_yours_shows_a_lower_score_than_yours(game_app: App) -> None:
    import pygame

    from game.ui import present
    from game.ui.play import PlaySession
    from game.ui.scenes.flow import Director

    level = load_level(LEVELS / "sesame_garden.yaml").level
    day_one = [
        Action("answer", "join_beta", "join"),
        Action("buy", "work_clothes"),
        Action("post", "p_rent"),
        Action("apply", "pay_utilities"),
        END_DAY,
    ]
    game_app.director = Director(game_app)
    game_app.director.play(PlaySession.start(level, 1, day_one))
    game_app.tick(FRAME)
    while game_app.top.name != "day":
        press(game_app, pygame.K_ESCAPE)
    press(game_app, pygame.K_3, frames=10)  # Friends
    day = game_app.top
    world = day.world
    mine = present.score_text(level, world.score)
    cards = [c.row.markup for c in day.phones["Friends"].cards]
    below = [m for m in cards if "is below yours" in m]
    assert below, "someone is listed as below the player"
    for character in level.spec.characters:
        if any(f"<b>{character.name}</b>" in m for m in below):
            theirs = present.other_score_text(level, world.char_score(character.id))
            assert float(theirs) < float(mine), (character.name, theirs, mine)
