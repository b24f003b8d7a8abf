"""A service the player cannot afford says its price as the engine's offer gives it, with
why that price differs from the list price: Sesame Garden's car read "It costs 200; you have
141." for a player whose deposit was already waived, the words of the engine's refusal cut
down, which have no room for the reason."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import press, resume_bot_run

if TYPE_CHECKING:
    from game.ui.app import App


def test_a_service_too_dear_says_its_price_with_why_it_differs(game_app: App) -> None:
    day = resume_bot_run(game_app, "sesame_garden", "conformist", actions=23)  # 141 in the bank
    press(game_app, pygame.K_4)
    rows = [html.unescape(r.markup) for r in day._phone_rows("Services")]
    car = next(r for r in rows if r.startswith("<b>Rent a car for the weekend</b>"))
    assert "You can't apply now:</b> It costs 200 (deposit waived); you have 141." in car, car
