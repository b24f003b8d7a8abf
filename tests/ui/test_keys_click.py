"""A button pressed from the keyboard sounds as a clicked one: with the mouse every button
and tab clicked, while Enter on Buy, End the day or Continue, and the number keys that
switch the phone's tab, were silent, so a keyboard player heard nothing of their choices."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import day_one, focus_keys, focus_on, press

if TYPE_CHECKING:
    from game.ui.app import App


def test_enter_on_a_button_clicks_as_the_mouse_does(game_app: App) -> None:
    day_one(game_app, "sesame_garden")
    press(game_app, pygame.K_1, frames=30)  # Shop
    focus_on(game_app, next(k for k in focus_keys(game_app) if k.startswith("buy ")))
    game_app.kit.audio.played = []
    press(game_app, pygame.K_RETURN, frames=5)
    assert game_app.top.world.actions_left == 2
    assert game_app.kit.audio.played == ["click"]


def test_a_number_key_that_switches_the_tab_clicks_as_the_tab_button_does(
    game_app: App,
) -> None:
    day_one(game_app, "sesame_garden")
    game_app.kit.audio.played = []
    press(game_app, pygame.K_3, frames=5)  # Friends
    assert game_app.top.tab == "Friends"
    assert game_app.kit.audio.played == ["click"]


def test_tab_and_arrows_only_move_the_focus_in_silence(game_app: App) -> None:
    day_one(game_app, "sesame_garden")
    game_app.kit.audio.played = []
    for key in (pygame.K_TAB, pygame.K_DOWN, pygame.K_UP):
        press(game_app, key)
    assert game_app.kit.audio.played == []
