"""The toasts always tell what the last click did: two score changes from the purchase before
used to keep both places, so the next purchase's "You bought ..." was dropped at once and the
player could not see the click had counted (a reply to a message showed nothing at all)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import day_one, focus_keys, focus_on, press

if TYPE_CHECKING:
    from game.ui.app import App


def _buy(app: App, item: str) -> list[str]:
    focus_on(app, next(k for k in focus_keys(app) if k.endswith(f"buy {item}")))
    press(app, pygame.K_RETURN, frames=10)
    return [t.text for t in app.top.toasts]


def test_a_purchase_after_one_that_moved_the_rating_is_told_in_a_toast(game_app: App) -> None:
    day_one(game_app, "nosedive")
    assert any("five-star" in t for t in _buy(game_app, "latte_art"))
    toasts = _buy(game_app, "organic_groceries")
    assert "You bought Groceries at Verdant Market for 45." in toasts
    assert any("rate you higher" in t for t in toasts), toasts
