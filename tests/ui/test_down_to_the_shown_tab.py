"""Down from above the phone's tabs lands on the tab that is shown: with "End the day"
focused, a player presses 4 to see Services, then Down to reach its buttons, and the ring
went to Shop, where Enter switched the phone away from Services."""

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
