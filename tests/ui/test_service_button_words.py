"""A service's button says what the player does: paying a bill or a court debt reads 'Pay',
not 'Apply', which makes every service on the phone sound like a form to fill in."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import focus_keys, press, start_level

if TYPE_CHECKING:
    from game.ui.app import App


def test_the_button_to_pay_the_court_judgment_says_pay(game_app: App) -> None:
    start_level(game_app, "the_list")
    press(game_app, pygame.K_RETURN)  # Start day 1
    while game_app.top.name != "day":
        press(game_app, pygame.K_ESCAPE)
    press(game_app, pygame.K_4)
    key = next(k for k in focus_keys(game_app) if k.endswith("apply pay_full"))
    element = next(e for k, e, _ in game_app.top.focus.items if k == key)
    assert element.text.startswith("Pay")
