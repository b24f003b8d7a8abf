"""Escape on the title screen asks before it quits, like Esc during a day opens a menu."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import focus_on, press

if TYPE_CHECKING:
    from game.ui.app import App


def test_escape_on_the_title_screen_asks_before_quitting(app: App) -> None:
    press(app, pygame.K_ESCAPE)
    assert app.running
    assert app.top.name == "confirm"
    assert "Quit" in app.top.body()


def test_a_second_escape_on_the_title_screen_keeps_the_game_open(app: App) -> None:
    press(app, pygame.K_ESCAPE)
    press(app, pygame.K_ESCAPE)
    assert app.running
    assert app.top.name == "title"


def test_enter_on_the_quit_question_keeps_the_game_open(app: App) -> None:
    press(app, pygame.K_ESCAPE)
    press(app, pygame.K_RETURN)
    assert app.running and app.top.name == "title"


def test_choosing_quit_on_the_quit_question_closes_the_game(app: App) -> None:
    press(app, pygame.K_ESCAPE)
    focus_on(app, "Quit")
    press(app, pygame.K_RETURN)
    assert not app.running
