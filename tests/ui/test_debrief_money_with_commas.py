"""A turning point's money is written as everywhere else in the game, with a thousands comma:
The List's debrief said "Had you not chosen 'Pay for Mum's cataract operation (1,500)': ...,
1500 more money by the end." and now says 1,500."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import FRAME, day_one, focus_on, play_days, press, to_the_next_morning

if TYPE_CHECKING:
    from game.ui.app import App


def test_the_turning_points_write_a_thousand_and_more_with_a_comma(game_app: App) -> None:
    app = game_app
    day_one(app, "the_list")
    press(app, pygame.K_4, frames=20)  # Services
    for service in ("apply payment_plan", "apply mum_operation"):
        focus_on(app, service)
        press(app, pygame.K_RETURN, frames=10)
    to_the_next_morning(app)
    press(app, pygame.K_4, frames=20)
    focus_on(app, "apply sunrise_school")
    press(app, pygame.K_RETURN, frames=10)
    play_days(app, lambda a: a.top.name == "debrief")
    for _ in range(600):  # what the other choices would have done is worked out a few a frame
        if app.top.costs_done:
            break
        app.tick(FRAME)
    said = app.top._points_markup()
    assert "1,500 more money by the end" in said, said
