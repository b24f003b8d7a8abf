"""After a click on a card near the foot of the phone's list, the toasts that come shorten the
list: it must not then scroll to the next focused button, which moved every card under the
pointer a few frames after the click (a quick next click landed on another card). With the
keyboard the focused button is still scrolled into view."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import click, day_one, focus_on, press

if TYPE_CHECKING:
    from game.ui.app import App
    from game.ui.scenes.day import DayScene

LEVEL = "citizen_score_2020"


def _lowest_visible_button(day: DayScene) -> str:
    box = day.phone_box.get_abs_rect()
    shown = [k for k, e, _ in day.focus.items if " " in k and box.contains(e.get_abs_rect())]
    return shown[-1]


def _settle(game_app: App) -> None:
    app = game_app
    for _ in range(30):
        app.tick(1 / 60)


def test_a_click_near_the_foot_of_the_list_leaves_the_list_where_it_was(game_app: App) -> None:
    app = game_app
    day = day_one(app, LEVEL)
    key = _lowest_visible_button(day)
    element = next(e for k, e, _ in day.focus.items if k == key)
    click(app, element)
    _settle(app)
    assert app.top.toasts, "the click brought its news"
    assert app.top._phone_offset() == 0


def test_enter_near_the_foot_of_the_list_still_shows_the_next_focused_button(game_app: App) -> None:
    app = game_app
    day = day_one(app, LEVEL)
    focus_on(app, _lowest_visible_button(day))
    press(app, pygame.K_RETURN)
    _settle(app)
    assert app.top.toasts
    focused = app.top.focus.focused()
    assert app.top.phone_box.get_abs_rect().contains(focused.get_abs_rect())
    assert app.top._phone_offset() > 0
