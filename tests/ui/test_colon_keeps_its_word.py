"""Text wraps only where there is a space: a colon after a bold name ("Court list status:")
stays on the name's line instead of starting the next one on its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pygame_gui.elements import UITextBox

from tests.ui.drive import day_one

if TYPE_CHECKING:
    from game.ui.app import App


def _rows(box: UITextBox) -> list[str]:
    return [
        "".join(getattr(item, "text", "") for item in row.items)
        for row in box.text_box_layout.layout_rows
    ]


def test_the_court_list_status_line_never_starts_a_row_with_its_colon(
    small_big_text: App,
) -> None:
    app = small_big_text
    day = day_one(app, "the_list")
    assert day.left is not None
    box = next(w for w in day.left.cards[0].widgets if isinstance(w, UITextBox))
    rows = _rows(box)
    # at 1024x600 with 200% text the line is the status's name alone (the badge shows the
    # state): one row, with no colon left to wrap
    assert "".join(rows).replace(" ", "").startswith("Courtliststatus")
    assert not any(r.lstrip().startswith(":") for r in rows), rows
