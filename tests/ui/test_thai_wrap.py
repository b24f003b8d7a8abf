"""A long Thai word wraps inside its box without gaining spaces: the break points added to
it (and any zero-width space already in it) draw nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame
from pygame_gui.elements import UITextBox

from game.ui.line_breaks import ZERO_WIDTH_SPACE
from game.ui.scenes.overlays import ConfirmScene
from tests.ui.drive import press

if TYPE_CHECKING:
    from game.ui.app import App

WORD = "\u0e1b\u0e23\u0e30\u0e0a\u0e32\u0e2a\u0e31\u0e21\u0e1e\u0e31\u0e19\u0e18\u0e4c" * 8
"""'Public relations' in Thai, eight times over with no space: marks above and below letters
make it a word pygame_gui cannot measure letter by letter."""


def _rows_of(app: App, word: str) -> list[str]:
    """The text of each laid-out row of the box that shows `word`."""
    boxes = [
        e
        for e in app.kit.manager.get_sprite_group().sprites()
        if isinstance(e, UITextBox) and word[:3] in e.html_text
    ]
    assert len(boxes) == 1
    rows = boxes[0].text_box_layout.layout_rows
    return ["".join(getattr(chunk, "text", "") for chunk in row.items) for row in rows]


def _ask(app: App, question: str) -> None:
    app.push(ConfirmScene(app.kit, app, question, "Yes", lambda: None))
    press(app, pygame.K_TAB)


def test_a_long_thai_word_wraps_over_rows_without_spaces_added(app: App) -> None:
    _ask(app, WORD)
    rows = _rows_of(app, WORD)
    assert len(rows) > 1
    assert not any(" " in row for row in rows), rows
    assert "".join(rows).replace(ZERO_WIDTH_SPACE, "") == WORD


def test_thai_text_wraps_at_its_own_zero_width_spaces_and_shows_no_space(app: App) -> None:
    words = ZERO_WIDTH_SPACE.join(
        ["\u0e04\u0e30\u0e41\u0e19\u0e19\u0e02\u0e2d\u0e07\u0e04\u0e38\u0e13"] * 30
    )
    _ask(app, words)
    rows = _rows_of(app, words)
    assert len(rows) > 1
    assert not any(" " in row for row in rows), rows
    assert all(row.startswith("\u0e04") for row in rows if row), rows
