"""Export keeps the debrief page where the player was reading: the page was built again to
show where the file went, and jumped back to its top."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import button, click, open_debrief, press

if TYPE_CHECKING:
    from game.ui.app import App


def _scrolled(app: App) -> int:
    """How far down the page's scrolling box is, in pixels."""
    box = next(w for w in app.top.widgets if hasattr(w, "vert_scroll_bar"))
    return -box.get_container().get_relative_rect().top


def _read_down_then_export(app: App, page: str) -> tuple[int, int]:
    open_debrief(app, "citizen_score_2020")
    click(app, button(app, f"page:{page}"))
    press(app, pygame.K_PAGEDOWN, frames=3)
    press(app, pygame.K_PAGEDOWN, frames=3)
    before = _scrolled(app)
    click(app, button(app, "Export"))
    assert app.top.status.startswith("Saved as")
    return before, _scrolled(app)


def test_export_leaves_the_full_ledger_scrolled_where_it_was(game_app):
    before, after = _read_down_then_export(game_app, "ledger")
    assert before > 200
    assert abs(after - before) <= 4, (before, after)


def test_export_leaves_the_fact_check_scrolled_where_it_was(game_app):
    before, after = _read_down_then_export(game_app, "truth")
    assert before > 200
    assert abs(after - before) <= 4, (before, after)
