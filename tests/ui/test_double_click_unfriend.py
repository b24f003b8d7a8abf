"""A quick double click on a friend's Unfriend cuts that one friend: the card goes, and the
next friend's Unfriend comes under the pointer, so the second click of the double click is
dropped (a click there after a moment is a choice of its own)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import FRAME, button, click_at, day_one, focus_on, press

if TYPE_CHECKING:
    from game.ui.app import App

FIRST, NEXT = "unfriend hu", "unfriend chen"


def _cut_once(app: App) -> tuple[int, int]:
    """The List's friends open and Hu cut with one click: where the click was, with Chen's
    Unfriend now under it."""
    day_one(app, "the_list")
    focus_on(app, "tab:Friends")
    press(app, pygame.K_RETURN)
    pos = button(app, FIRST).get_abs_rect().center
    click_at(app, pos)
    for _ in range(3):
        app.tick(FRAME)
    assert "hu" not in app.top.session.world.friends
    assert button(app, NEXT).get_abs_rect().collidepoint(pos)
    return pos


def test_a_double_click_on_unfriend_does_not_also_cut_the_next_friend(game_app: App) -> None:
    app = game_app
    pos = _cut_once(app)
    click_at(app, pos)
    for _ in range(3):
        app.tick(FRAME)
    assert "chen" in app.top.session.world.friends


def test_a_click_on_the_next_unfriend_after_a_moment_cuts_that_friend(game_app: App) -> None:
    app = game_app
    pos = _cut_once(app)
    for _ in range(40):  # more than half a second
        app.tick(FRAME)
    click_at(app, pos)
    for _ in range(3):
        app.tick(FRAME)
    assert "chen" not in app.top.session.world.friends
