"""After an action, focus goes to the next card's button in the order the player saw, even
when the action also took away a button above it (money spent makes an earlier offer
unaffordable)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pygame

from game.core.actions import END_DAY, Action
from game.core.content.loader import load_level
from tests.ui.drive import FRAME, all_cards_built, focus_keys, focus_on, press

if TYPE_CHECKING:
    from game.ui.app import App

LEVELS = Path(__file__).parents[2] / "levels"


def test_enrolling_lele_moves_focus_to_the_next_offer_still_there_not_one_further(
    game_app: App,
) -> None:
    from game.ui.play import PlaySession
    from game.ui.scenes.flow import Director

    level = load_level(LEVELS / "the_list.yaml").level
    actions = [Action("apply", "pay_full"), END_DAY, END_DAY, END_DAY]
    game_app.resize((1024, 600))  # the list is scrolled to reach the card, as on a laptop
    game_app.director = Director(game_app)
    game_app.director.play(PlaySession.start(level, 1, actions))
    game_app.tick(FRAME)
    while game_app.top.name != "day":
        press(game_app, pygame.K_ESCAPE)
    press(game_app, pygame.K_4)
    all_cards_built(game_app)
    keys = focus_keys(game_app)
    enrol = next(k for k in keys if k.endswith("apply sunrise_school"))
    flight = next(k for k in keys if k.endswith("apply flight_interview"))
    assert keys.index(flight) < keys.index(enrol)
    focus_on(game_app, enrol)
    press(game_app, pygame.K_RETURN, frames=3)
    all_cards_built(game_app)
    now = focus_keys(game_app)
    assert flight not in now and enrol not in now, "the setup no longer takes both buttons away"
    survivors = [k for k in keys[keys.index(enrol) + 1 :] if k in now]
    assert game_app.top.focus.current_key() == survivors[0]
