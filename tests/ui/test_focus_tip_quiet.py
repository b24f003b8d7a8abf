"""The meaning of an evidence label shows beside a button the player moved to with the
keyboard, not over a card the game moved focus to after a click or a closed window: on Gig
Street a click on "Drive" took the card away, focus went to the next card and its tip covered
that card's title; closing the menu put the tip back over the card the player was reading."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import FRAME, button, click, day_one, focus_on, press

if TYPE_CHECKING:
    from game.ui.app import App


def _services(app: App) -> None:
    day_one(app, "gig_street")
    press(app, pygame.K_4, frames=5)  # Services: every card has a [Game abstraction] label


def _settle(app: App) -> None:
    for _ in range(5):
        app.tick(FRAME)


def test_a_click_that_sends_focus_to_the_next_card_shows_no_tip_over_it(game_app: App) -> None:
    app = game_app
    _services(app)
    click(app, button(app, "apply day_shift"))  # the card goes: focus moves to the next one
    _settle(app)
    assert app.top.focus.current_key() not in (None, "apply day_shift")
    assert app.tip.key is None


def test_tabbing_to_a_card_s_button_still_shows_what_its_label_means(game_app: App) -> None:
    app = game_app
    _services(app)
    focus_on(app, "apply night_shift")
    _settle(app)
    assert app.tip.key == "game"


def test_closing_the_menu_puts_no_tip_back_over_the_focused_card(game_app: App) -> None:
    app = game_app
    _services(app)
    focus_on(app, "apply night_shift")
    _settle(app)
    press(app, pygame.K_ESCAPE, frames=5)  # the pause menu
    assert app.top.name != "day"
    press(app, pygame.K_ESCAPE, frames=5)  # back to the day, focus where it was
    _settle(app)
    assert app.top.focus.current_key() == "apply night_shift"
    assert app.tip.key is None
