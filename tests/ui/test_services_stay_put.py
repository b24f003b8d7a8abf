"""A service used today that is not on offer again until tomorrow (Gig Street's day shift)
keeps its card, said done, so the cards under it stay where the player last saw them: when
the card vanished, the next one moved under the pointer and a second click bought it."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import button, click, day_one, focus_keys, press, to_the_next_morning

if TYPE_CHECKING:
    from game.ui.app import App


def _services(app: App) -> None:
    day_one(app, "gig_street")
    press(app, pygame.K_4, frames=20)  # Services


def _shift_card(app: App) -> str:
    day = app.top
    return next(c.row.markup for c in day.phones["Services"].cards if "day shift" in c.row.markup)


def test_the_button_under_a_used_day_shift_stays_where_it_was(game_app: App):
    _services(game_app)
    below = button(game_app, "apply night_shift").get_abs_rect().topleft
    click(game_app, button(game_app, "apply day_shift"))
    assert game_app.top.world.money > 0 and "apply day_shift" not in focus_keys(game_app)
    assert button(game_app, "apply night_shift").get_abs_rect().topleft == below


def test_a_used_day_shift_says_it_is_done_for_today(game_app: App):
    _services(game_app)
    click(game_app, button(game_app, "apply day_shift"))
    assert "Done today." in _shift_card(game_app)


def test_the_next_morning_the_day_shift_is_on_offer_again(game_app: App):
    _services(game_app)
    click(game_app, button(game_app, "apply day_shift"))
    to_the_next_morning(game_app)
    press(game_app, pygame.K_4, frames=20)
    assert "apply day_shift" in focus_keys(game_app) and "Done today." not in _shift_card(game_app)
