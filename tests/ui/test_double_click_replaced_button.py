"""A quick double click on a post's button writes that one post: the written post keeps its
card until the next morning (see test_posts_stay_put.py), so the next post's button never
comes under the pointer, quickly or after a moment. (A service used today keeps its card
too: see test_services_stay_put.py.)"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import FRAME, button, click_at, day_one, focus_on, press

if TYPE_CHECKING:
    from game.ui.app import App

FIRST, NEXT = "post ask_loan", "post court_unfair"


def _post_once(app: App) -> tuple[tuple[str, ...], tuple[int, int]]:
    """The List's feed open, the first post written with one click: the posts written
    before, and where the click was."""
    day_one(app, "the_list")
    focus_on(app, "tab:Feed")
    press(app, pygame.K_RETURN)
    posted = app.top.session.world.posted
    pos = button(app, FIRST).get_abs_rect().center
    click_at(app, pos)
    for _ in range(3):
        app.tick(FRAME)
    return posted, pos


def test_a_double_click_on_a_post_does_not_also_write_the_next_one(game_app: App) -> None:
    app = game_app
    posted, pos = _post_once(app)
    assert not button(app, NEXT).get_abs_rect().collidepoint(pos)
    click_at(app, pos)
    for _ in range(3):
        app.tick(FRAME)
    assert app.top.session.world.posted == (*posted, "ask_loan")


def test_a_click_after_a_moment_where_the_written_post_was_writes_nothing_more(
    game_app: App,
) -> None:
    app = game_app
    posted, pos = _post_once(app)
    for _ in range(40):  # more than half a second
        app.tick(FRAME)
    click_at(app, pos)
    for _ in range(3):
        app.tick(FRAME)
    assert app.top.session.world.posted == (*posted, "ask_loan")
