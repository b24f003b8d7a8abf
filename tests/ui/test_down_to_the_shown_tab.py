"""Focus coming to the phone's tabs from outside the phone lands on the tab that is shown:
with "End the day" focused, a player presses 4 to see Services, then Down to reach its
buttons, and the ring went to Shop, where Enter switched the phone away from Services."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import day_one, focus_keys, focus_on, press

if TYPE_CHECKING:
    from game.ui.app import App


def test_down_into_the_tabs_after_a_number_key_lands_on_the_chosen_tab(game_app: App) -> None:
    app = game_app
    day_one(app, "sesame_garden")
    press(app, pygame.K_4, frames=10)  # Services
    keys = focus_keys(app)
    focus_on(app, keys[keys.index("tab:Shop") - 1])  # the button just above the tabs
    press(app, pygame.K_DOWN)
    assert app.top.focus.current_key() == "tab:Services"
    press(app, pygame.K_DOWN)
    assert app.top.focus.current_key() == "apply pay_utilities"


def test_tab_still_goes_through_every_tab_in_order(game_app: App) -> None:
    app = game_app
    day_one(app, "sesame_garden")
    press(app, pygame.K_4, frames=10)
    keys = focus_keys(app)
    focus_on(app, keys[keys.index("tab:Shop") - 1])
    press(app, pygame.K_TAB, frames=1)
    assert app.top.focus.current_key() == "tab:Shop"


def test_answering_from_the_left_panel_leaves_focus_on_the_shown_tab(game_app: App) -> None:
    """The "Answer the open question" button goes once the question is answered: focus went
    to the next button, Shop, while the phone showed Services."""
    app = game_app
    day_one(app, "sesame_garden")
    press(app, pygame.K_4, frames=10)  # Services
    focus_on(app, "answer join_beta")
    press(app, pygame.K_RETURN, frames=3)
    assert app.top.name == "prompt"
    focus_on(app, "\u2610 Join the beta")
    press(app, pygame.K_RETURN, frames=5)
    assert app.top.name == "day" and app.top.phone_tab == "Services"
    assert app.top.focus.current_key() == "tab:Services"
