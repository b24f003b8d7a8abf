"""Money reads with thousands separators (20,000, not 20000) wherever the player reads it:
the briefing, the wallet in the status bar, shop and service prices, and the debrief."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.ui.scenes.day import DayScene
from game.ui.scenes.tabs import PRICE_TAG, chip
from tests.ui.drive import (
    button,
    click,
    end_the_day,
    play_days_to_the_debrief,
    press,
    start_level,
)

if TYPE_CHECKING:
    from game.ui.app import App

LEVEL = "red_list_black_list"  # starts with 20000 money and sells things for 1000 and up


def _shown(app: App) -> str:
    sprites = app.kit.manager.get_sprite_group().sprites()
    return "\n".join(e.html_text for e in sprites if hasattr(e, "html_text"))


def _first_day(app: App) -> DayScene:
    press(app, pygame.K_RETURN)  # Start day 1
    while app.top.name == "prompt":
        press(app, pygame.K_ESCAPE)
    assert isinstance(app.top, DayScene)
    return app.top


def test_the_briefing_tells_the_starting_money_with_thousands_separators(game_app: App) -> None:
    start_level(game_app, LEVEL)
    press(game_app, pygame.K_TAB)
    assert "20,000 to spend" in _shown(game_app)


def test_the_status_bar_shows_the_wallet_and_income_with_thousands_separators(
    game_app: App,
) -> None:
    start_level(game_app, LEVEL)
    _first_day(game_app)
    assert "Money 20,000 (+1,500 each evening)" in _shown(game_app)


def test_shop_prices_have_thousands_separators(game_app: App) -> None:
    start_level(game_app, LEVEL)
    day = _first_day(game_app)
    press(game_app, pygame.K_1)
    shop = "\n".join(row.markup for row in day.phones["Shop"].rows)
    assert "\u00a01,000\u00a0" in shop and "\u00a02,500\u00a0" in shop  # on their price tags
    assert "1000" not in shop


def test_service_prices_have_thousands_separators(game_app: App) -> None:
    start_level(game_app, LEVEL)
    _first_day(game_app)
    end_the_day(game_app)
    while game_app.top.name in ("evening", "prompt"):
        press(game_app, pygame.K_RETURN)
    day = game_app.top
    press(game_app, pygame.K_4)
    services = "\n".join(row.markup for row in day.phones["Services"].rows)
    assert "Available for " + chip("8,000", PRICE_TAG) in services


def test_the_debrief_ledger_tells_the_money_with_thousands_separators(game_app: App) -> None:
    start_level(game_app, LEVEL)
    play_days_to_the_debrief(game_app)
    click(game_app, button(game_app, "page:ledger"))
    assert "Money: 20,000 at the start" in _shown(game_app)


def test_the_status_bar_of_a_level_without_income_does_not_say_plus_zero(game_app: App) -> None:
    start_level(game_app, "gig_street")  # a driver earns by the ride, not each evening
    _first_day(game_app)
    shown = _shown(game_app)
    assert "Money 140 \u00b7 Actions left" in shown
    assert "+0 each evening" not in shown
