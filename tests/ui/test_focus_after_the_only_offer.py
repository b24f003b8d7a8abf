"""Taking the only offer on a tab leaves no button after it: focus goes to that tab, where
Enter does nothing, not to the tab beside it (Enter there switched the phone to Score)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import day_one, press

if TYPE_CHECKING:
    from game.ui.app import App


def test_after_the_only_service_is_used_focus_is_on_the_services_tab(game_app: App) -> None:
    app = game_app
    day_one(app, "fico_country")
    press(app, pygame.K_4, frames=10)  # Services: one card, the free credit report
    press(app, pygame.K_DOWN)
    assert app.top.focus.current_key() == "apply check_report"
    press(app, pygame.K_RETURN, frames=5)
    assert app.top.world.actions_left == 2
    assert app.top.focus.current_key() == "tab:Services"
    press(app, pygame.K_RETURN, frames=5)
    assert app.top.phone_tab == "Services"
