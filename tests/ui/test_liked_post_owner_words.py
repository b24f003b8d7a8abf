"""Liking a post by someone whose name ends in a bracket reads as English: Gig Street's
Today said "You liked Ruth (Mum)'s post."; now "You liked a post by Ruth (Mum).", as the
Score tab says it."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import day_one, focus_on, press, to_the_next_morning

if TYPE_CHECKING:
    from game.ui.app import App


def test_liking_ruth_mums_post_never_says_mum_s_post(game_app: App) -> None:
    app = game_app
    day_one(app, "gig_street")
    to_the_next_morning(app)
    to_the_next_morning(app)
    press(app, pygame.K_2, frames=30)  # Feed
    focus_on(app, "like ruth_bus")
    press(app, pygame.K_RETURN, frames=10)
    said = app.top.log[-2:]
    assert any("Ruth (Mum)" in line for line in said), said
    assert not any(")'s post" in line for line in said), said
