"""A service card names its kind after a dot ("File the annual report on the public credit
site \u00b7 admin"). On a 1024x600 window the row broke before the dot, and the next row began
" \u00b7 admin" with a space and the dot alone at its start; the dot now stays with the
name's last word."""

from __future__ import annotations

import pygame
from pygame_gui.elements import UITextBox

from tests.ui.drive import all_cards_built, day_one, press


def rows_of(box: UITextBox) -> list[str]:
    return [
        "".join(getattr(item, "text", "") for item in row.items)
        for row in box.text_box_layout.layout_rows
    ]


def test_no_service_card_row_starts_with_the_dot_before_its_kind() -> None:
    from game.ui.app import App

    app = App((1024, 600))
    try:
        day_one(app, "red_list_black_list")
        press(app, pygame.K_4, frames=5)  # Services
        all_cards_built(app)
        boxes = [
            w
            for w in app.kit.manager.get_sprite_group().sprites()
            if isinstance(w, UITextBox) and w.visible and "\u00b7" in w.html_text
        ]
        annual = [b for b in boxes if "annual report" in b.html_text]
        assert annual, [b.html_text for b in boxes]
        for box in boxes:
            rows = rows_of(box)
            assert not any(r.strip().startswith("\u00b7") for r in rows), rows
    finally:
        pygame.quit()
