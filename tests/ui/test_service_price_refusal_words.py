"""A service the player cannot afford says so without naming itself again: The List's card
read "Pay the rest of the plan (2,000) · money ... You can't apply now: Pay the rest of the
plan (2,000) costs 2,000; you have 1,000.", its title twice over."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import day_one, focus_on, press

if TYPE_CHECKING:
    from game.ui.app import App


def test_a_service_too_dear_today_says_what_it_costs_without_its_title_again(
    game_app: App,
) -> None:
    app = game_app
    day = day_one(app, "the_list")
    press(app, pygame.K_4, frames=20)  # Services
    for service in ("apply payment_plan", "apply mum_operation"):  # 3,500 - 1,000 - 1,500
        focus_on(app, service)
        press(app, pygame.K_RETURN, frames=10)
    assert day.world.money < 2000
    rest = next(r.markup for r in day.phones["Services"].rows if "Pay the rest" in r.markup)
    label = "Pay the rest of the plan (2,000)"
    assert rest.count(label) == 1, rest
    assert "You can't apply now:</b> It costs 2,000; you have 1,000." in rest, rest
