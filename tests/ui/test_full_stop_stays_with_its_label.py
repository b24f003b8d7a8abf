"""A full stop after an evidence label stays on the label's row: Nosedive's debrief read
"• Day 8: you posted "I am tired of smiling at stranger…", -0.20 [Fiction]" with the "." alone
on the next row, as the label (a link) was never moved down with the word joined to it."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame
from pygame_gui.elements import UITextBox

from game.ui.scenes.overlays import ConfirmScene
from tests.ui.drive import press

if TYPE_CHECKING:
    from game.ui.app import App


def _rows(app: App, marker: str) -> list[str]:
    (shown,) = [
        e
        for e in app.kit.manager.get_sprite_group().sprites()
        if isinstance(e, UITextBox) and marker in e.html_text
    ]
    return [
        "".join(getattr(chunk, "text", "") for chunk in row.items).strip()
        for row in shown.text_box_layout.layout_rows
    ]


def test_a_full_stop_after_an_evidence_label_never_starts_a_row(app: App) -> None:
    alone = []
    for n in range(1, 13):  # rows ending a few pixels apart, one of them on the label
        question = f"Marker{n} " + " ".join(f"{'l' * n} -0.20 [Fiction]." for _ in range(12))
        app.push(ConfirmScene(app.kit, app, question, "Yes", lambda: None))
        press(app, pygame.K_TAB)
        rows = _rows(app, f"Marker{n}")
        if any(row.startswith(".") for row in rows):
            alone.append(rows)
        press(app, pygame.K_ESCAPE)
    assert alone == []
