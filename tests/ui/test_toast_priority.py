"""Quick purchases do not push the reason for a score change off the screen: plain news
makes way first, and the same line twice is shown once."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import day_one, focus_keys, focus_on, press

if TYPE_CHECKING:
    from game.ui.app import App


def test_three_quick_lattes_keep_the_toast_saying_why_the_rating_rose(game_app: App) -> None:
    day = day_one(game_app, "nosedive")
    focus_on(game_app, next(k for k in focus_keys(game_app) if k.endswith("buy latte_art")))
    for _ in range(3):
        press(game_app, pygame.K_RETURN, frames=1)
    texts = [t.text for t in day.toasts]
    assert any("five-star ratings" in t for t in texts), texts
    assert len(texts) == len(set(texts))
