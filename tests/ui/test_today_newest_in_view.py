"""What a click did stays in sight: Today's newest line is scrolled into view on the left
after an action. On a tutorial's first day the welcome filled the panel, and the lines the
player's actions added went below its bottom, out of sight once their toasts had gone."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import focus_on, press, start_level

if TYPE_CHECKING:
    from game.ui.app import App


def test_after_a_purchase_on_the_first_day_its_line_in_today_is_in_view(game_app: App) -> None:
    start_level(game_app, "sesame_garden")
    press(game_app, pygame.K_RETURN)  # Start day 1
    focus_on(game_app, "\u2610 Join the beta")
    press(game_app, pygame.K_RETURN, frames=5)
    focus_on(game_app, "buy diapers")
    press(game_app, pygame.K_RETURN, frames=5)
    day = game_app.top
    assert day.log[-1].startswith("Tonight: +12")
    box = day.left.box
    shown = box.get_abs_rect()
    newest = next(c for c in day.left.cards if c.row.markup.endswith("(Claimed)"))
    text = newest.widgets[-1].get_abs_rect()
    assert shown.top <= text.top and text.bottom <= shown.bottom, (shown, text)
