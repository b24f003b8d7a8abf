"""On a 1024x600 window the debrief's chart is narrow, and My Wallet's tier line read
"Trusted by part\u2026 70". A name too wide for the chart's side goes on two lines now
("Trusted by" over "partners 70"), whole."""

from __future__ import annotations

import pygame

from game.ui.store import Settings
from tests.ui.drive import open_debrief


def chart_of_my_wallet(settings: Settings) -> list[str]:
    from game.ui.app import App

    app = App((1024, 600), settings)
    try:
        open_debrief(app, "my_wallet", "conformist")
        scene = app.top
        assert scene.name == "debrief" and not scene.stacked
        return scene.chart_tiers
    finally:
        pygame.quit()


def test_my_wallets_chart_names_trusted_by_partners_whole_on_a_small_window() -> None:
    tiers = chart_of_my_wallet(Settings())
    assert "Trusted by partners 70" in tiers, tiers
    assert not any("\u2026" in t for t in tiers), tiers
