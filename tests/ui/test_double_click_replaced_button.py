"""A quick double click on a button that disappears does not press the button that takes its
place: agreeing The List's payment plan twice in a row must not also pay for Mum's operation,
whose Pay button moves up to where Agree was."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import FRAME, button, click_at, day_one, focus_on, press

if TYPE_CHECKING:
    from game.ui.app import App


def _services(app: App) -> None:
    day_one(app, "the_list")
    focus_on(app, "tab:Services")
    press(app, pygame.K_RETURN)


def _agree(app: App) -> tuple[int, tuple[int, int]]:
    """The List's services open, Agree clicked once: the money before, and where it was."""
    _services(app)
    money = app.top.session.world.money
    pos = button(app, "apply payment_plan").get_abs_rect().center
    click_at(app, pos)
    for _ in range(3):
        app.tick(FRAME)
    return money, pos


def test_a_double_click_on_agree_does_not_also_pay_for_the_operation(game_app: App) -> None:
    app = game_app
    money, pos = _agree(app)
    assert button(app, "apply mum_operation").get_abs_rect().collidepoint(pos)
    click_at(app, pos)
    for _ in range(3):
        app.tick(FRAME)
    assert app.top.session.world.money == money - 1000


def test_a_click_on_the_button_that_took_the_place_works_after_a_moment(
    game_app: App,
) -> None:
    app = game_app
    money, pos = _agree(app)
    for _ in range(40):  # more than half a second
        app.tick(FRAME)
    click_at(app, pos)
    for _ in range(3):
        app.tick(FRAME)
    assert app.top.session.world.money == money - 1000 - 1500
