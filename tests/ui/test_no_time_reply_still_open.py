"""With the day's actions used up while a message still waits for a reply (a reply costs no
time, so the engine still allows it), the list's notice says the reply is still open instead
of "End the day to continue"; once nothing is left, it says the engine's words again."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.core.offers import NO_TIME, offers
from game.ui.scenes.day import DayScene
from tests.ui.drive import (
    all_cards_built,
    day_one,
    focus_keys,
    focus_on,
    press,
    to_the_next_morning,
)

if TYPE_CHECKING:
    from game.ui.app import App


def _spent_with_a_message(app: App, tab: int) -> DayScene:
    """My Wallet's day 4, when Grandma Irene writes about the pension office: the day's
    actions spent in the Shop, the message not answered, then `tab` shown whole."""
    day_one(app, "my_wallet")
    for _ in range(3):
        to_the_next_morning(app)
    day = app.top
    assert isinstance(day, DayScene) and day.world.open_talks == ("irene_pension",)
    press(app, pygame.K_1)
    while day.world.actions_left > 0:
        focus_on(app, next(k for k in focus_keys(app) if k.startswith("buy ")))
        press(app, pygame.K_RETURN, frames=3)
        while app.top.name != "day":
            press(app, pygame.K_ESCAPE)
    press(app, tab)
    all_cards_built(app)
    return day


def _notice(day: DayScene) -> str:
    return day.phones[day.phone_tab].cards[0].row.markup


def _replies(app: App) -> list[str]:
    return [k for k in focus_keys(app) if k.startswith("reply ")]


def test_with_no_time_left_the_friends_tab_says_the_waiting_reply_is_still_open(
    game_app: App,
) -> None:
    day = _spent_with_a_message(game_app, pygame.K_3)
    allowed = [o for o in offers(day.world) if o.allowed and o.action.verb == "reply"]
    assert allowed  # the engine still takes a reply
    notice = _notice(day)
    assert NO_TIME not in notice
    assert "you can still reply to Grandma Irene below" in notice, notice
    assert _replies(game_app)  # and the reply buttons under it are live


def test_once_the_message_is_answered_the_friends_tab_says_the_engines_no_time_words(
    game_app: App,
) -> None:
    day = _spent_with_a_message(game_app, pygame.K_3)
    focus_on(game_app, _replies(game_app)[0])
    press(game_app, pygame.K_RETURN, frames=5)
    assert not day.world.open_talks
    assert NO_TIME in _notice(day)
    assert "can still" not in _notice(day)


def test_with_no_time_left_the_shop_says_the_reply_waits_on_the_friends_tab(
    game_app: App,
) -> None:
    day = _spent_with_a_message(game_app, pygame.K_1)
    notice = _notice(day)
    assert NO_TIME not in notice
    assert "you can still reply to Grandma Irene on the Friends tab" in notice, notice
