"""An item sold once and bought says "sold out" beside "you own 1": a bare "sold" there read as
if the player had sold it."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import day_one, focus_on, press

if TYPE_CHECKING:
    from game.ui.app import App


def test_a_bought_once_only_item_reads_sold_out(game_app: App) -> None:
    app = game_app
    day = day_one(app, "gig_street")
    water = next(i for i in day.world.level.spec.items if i.once)
    focus_on(app, f"buy {water.id}")
    press(app, pygame.K_RETURN, frames=3)
    (card,) = [c for c in day.phones["Shop"].cards if c.row.markup.startswith(f"<b>{water.label}")]
    assert "sold out \u00b7 you own 1" in card.row.markup, card.row.markup
