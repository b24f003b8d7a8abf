"""Once the day's actions are used up, the Score tab's Dispute button is greyed out under the
reason, as every other tab's buttons are: in FICO Country it stayed lit on day 4, and
pressing it only brought up "REFUSED: No time left today"."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import day_one, focus_keys, focus_on, page_texts, press, to_the_next_morning

if TYPE_CHECKING:
    from game.ui.app import App


def _day_with_a_disputed_debt(app: App) -> None:
    """FICO Country played to the morning a collection that is not the player's shows."""
    day_one(app, "fico_country")
    for _ in range(8):
        press(app, pygame.K_5, frames=30)  # Score
        if any(k.startswith("dispute ") for k in focus_keys(app)):
            return
        to_the_next_morning(app)
    raise AssertionError("no change to dispute came")


def test_with_no_actions_left_the_dispute_button_is_greyed_out_under_the_reason(
    game_app: App,
) -> None:
    _day_with_a_disputed_debt(game_app)
    while game_app.top.world.actions_left > 0:
        press(game_app, pygame.K_1, frames=30)  # Shop
        focus_on(game_app, next(k for k in focus_keys(game_app) if k.startswith("buy ")))
        press(game_app, pygame.K_RETURN, frames=5)
    press(game_app, pygame.K_5, frames=30)  # Score
    assert not [k for k in focus_keys(game_app) if k.startswith("dispute ")]
    assert any("No time left" in t for t in page_texts(game_app))
