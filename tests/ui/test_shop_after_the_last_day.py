"""Once the last day is over the shop sells nothing, so its cards have no price tag: the space
kept for the tag stayed, and "Energy drinks for a night shift  · you own 3" showed a double
space behind the last evening's report."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import open_first_day, play_days, press

if TYPE_CHECKING:
    from game.ui.app import App


def test_a_shop_card_after_the_last_day_has_no_double_space(app: App) -> None:
    open_first_day(app)
    press(app, pygame.K_1, frames=10)  # Shop
    press(app, pygame.K_DOWN)
    press(app, pygame.K_RETURN, frames=10)  # buy the first item
    play_days(app, lambda a: a.top.name == "evening" and a.top.session.world.ended)
    day = next(s for s in app.stack if s.name == "day")
    rows = [r.markup for r in day._phone_rows("Shop")]
    owned = [m for m in rows if "you own" in m]
    assert owned, rows
    assert not any("  " in m for m in rows), owned
