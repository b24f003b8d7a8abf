"""Under the last evening's report the shop still shows what it sold: no item reads "sold"
because the game is over, only one the player bought and could buy once."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import play_days, press, start_level

if TYPE_CHECKING:
    from game.ui.app import App


def test_the_shop_under_the_last_evening_marks_no_item_sold_that_was_not(game_app: App) -> None:
    app = game_app
    start_level(app, "fico_country")
    press(app, pygame.K_RETURN)  # Start day 1
    play_days(app, lambda a: a.top.name == "evening" and a.top.session.world.ended)
    assert app.top.name == "evening" and app.top.session.world.ended
    day = app.stack[-2]
    assert day.name == "day" and day.phone_tab == "Shop"
    world = day.world
    sold = [i.label for i in world.level.spec.items if i.once and world.owned.get(i.id)]
    shown = [c.row.markup for c in day.phones["Shop"].cards if "sold" in c.row.markup]
    assert len(shown) == len(sold), shown
