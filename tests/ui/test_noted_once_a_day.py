"""Where the regime does not say what an act is worth (Citizen Score 2020), the day's news
says "Noted. Tonight, your Citizen Score counts it." once: it stood after every purchase and
post, three times in a row on one screen. The toast after each act still says it."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import focus_keys, focus_on, press, start_level

if TYPE_CHECKING:
    from game.ui.app import App

NOTED = "Noted. Tonight, your Citizen Score counts it."


def _joined_day(app: App):
    start_level(app, "citizen_score_2020")
    press(app, pygame.K_RETURN)  # Start day 1
    while app.top.name == "prompt":
        focus_on(app, "\u2610 Join the beta")
        press(app, pygame.K_RETURN, frames=3)
    assert app.top.name == "day"
    return app.top


def _buy_the_next(app: App) -> None:
    focus_on(app, next(k for k in focus_keys(app) if k.startswith("buy ")))
    press(app, pygame.K_RETURN, frames=3)


def test_two_purchases_leave_one_noted_line_in_the_day_s_news(game_app: App) -> None:
    day = _joined_day(game_app)
    _buy_the_next(game_app)
    _buy_the_next(game_app)
    assert sum(line.startswith("You bought") for line in day.log) == 2
    assert day.log.count(NOTED) == 1, day.log


def test_the_second_purchase_still_shows_the_noted_toast(game_app: App) -> None:
    day = _joined_day(game_app)
    _buy_the_next(game_app)
    _buy_the_next(game_app)
    assert day.toasts[-1].text == NOTED
