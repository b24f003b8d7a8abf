"""The debrief's score chart names each tier line whole where it has room: My Wallet's
chart read "Trusted by part\u2026 70" at 1280x720 with a wide empty panel beside it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.ui.drive import open_debrief

if TYPE_CHECKING:
    from game.ui.app import App


def test_my_wallets_chart_names_trusted_by_partners_whole(game_app: App) -> None:
    open_debrief(game_app, "my_wallet", "conformist")
    scene = game_app.top
    assert scene.name == "debrief" and not scene.stacked
    assert "Trusted by partners 70" in scene.chart_tiers, scene.chart_tiers
