"""A service that works once a level says so once it is used: Nosedive's clinic shift still
read "Done." the next morning, which a player took for done for that day, to come back to."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.ui.scenes.tabs import ONCE_DONE
from tests.ui.drive import day_one, focus_on, press, to_the_next_morning

if TYPE_CHECKING:
    from game.ui.app import App


def _clinic_card(app: App) -> str:
    press(app, pygame.K_4, frames=20)  # Services
    rows = app.top.phones["Services"].rows
    return next(r.markup for r in rows if "extra shift at the clinic" in r.markup)


def test_a_service_used_yesterday_that_works_once_says_it_works_only_once(
    game_app: App,
) -> None:
    app = game_app
    day_one(app, "nosedive")
    press(app, pygame.K_4, frames=20)
    focus_on(app, "apply clinic_shift")
    press(app, pygame.K_RETURN, frames=10)
    assert _clinic_card(app).endswith(ONCE_DONE)
    to_the_next_morning(app)
    assert app.top.world.day == 2
    assert _clinic_card(app).endswith(ONCE_DONE)
