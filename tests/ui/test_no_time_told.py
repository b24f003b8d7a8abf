"""With the day's actions used up, a service card says why it has no Apply button, in the
engine's words, instead of still reading "Available"."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.core.offers import NO_TIME
from game.ui.scenes.day import DayScene
from tests.ui.drive import focus_keys, focus_on, open_first_day, press

if TYPE_CHECKING:
    from game.ui.app import App


def _use_up_the_day(app: App) -> DayScene:
    """Buy the phone case (scored by no rule) until no action is left, then open Services."""
    day = open_first_day(app)
    press(app, pygame.K_1)
    while day.world.actions_left > 0:
        focus_on(app, "buy phone_case")
        press(app, pygame.K_RETURN)
    press(app, pygame.K_4)
    for _ in range(60):
        if "Services" not in day.card_jobs:
            break
        app.tick(0.016)
    return day


def _card(day: DayScene, label: str) -> str:
    return next(c.row.markup for c in day.phones["Services"].cards if label in c.row.markup)


def test_a_service_with_no_actions_left_today_says_there_is_no_time_not_available(
    app: App,
) -> None:
    day = _use_up_the_day(app)
    train = _card(day, "Train to Grandma")
    assert "Available" not in train
    assert NO_TIME in day.phones["Services"].cards[0].row.markup  # said once, atop the list
    assert not any(k.startswith("apply ") for k in focus_keys(app))


def test_a_service_closed_for_another_reason_keeps_that_reason_when_no_actions_are_left(
    app: App,
) -> None:
    day = _use_up_the_day(app)
    loan = _card(day, "Small loan")
    assert "Loan refused." in loan and NO_TIME not in loan


def test_a_shop_card_with_no_actions_left_shows_no_reason_line_as_before(app: App) -> None:
    day = _use_up_the_day(app)
    press(app, pygame.K_1)
    shop = [c.row.markup for c in day.phones["Shop"].cards if "Phone case" in c.row.markup]
    assert shop and NO_TIME not in shop[0]
