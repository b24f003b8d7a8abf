"""A question left for later is settled by its pre-ticked box when the day ends; the evening
says so, since the score move it caused is not the player's own choice."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import button, click, end_the_day, press, start_level

if TYPE_CHECKING:
    from game.ui.app import App


def test_the_evening_says_the_pre_ticked_box_counted_for_a_question_left_for_later(
    game_app: App,
) -> None:
    start_level(game_app, "my_wallet")
    press(game_app, pygame.K_RETURN)  # Start day 1
    assert game_app.top.name == "prompt"
    ticked = next(k for k, _, _ in game_app.top.focus.items if k.startswith("\u2611"))
    click(game_app, button(game_app, "Decide later"))
    end_the_day(game_app)
    assert game_app.top.name == "evening"
    lines = " ".join(game_app.top.report.lines)
    assert game_app.top.session.world.answers.get("landlord") == "landlord_full"
    assert f"pre-ticked box counted: {ticked[2:]}" in lines
