"""An evidence label is never cut across two lines: with text at 125% on the smallest window a
Gig Street service read "[Game" at the end of a line and "abstraction]" on the next."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pygame
import pytest
from pygame_gui.elements import UITextBox

from tests.ui.drive import day_one, press

if TYPE_CHECKING:
    from game.ui.app import App


@pytest.fixture
def small_125() -> Iterator[App]:
    from game.ui.app import App
    from game.ui.store import Settings

    application = App((1024, 600), Settings(text_scale=125))
    yield application
    pygame.quit()


def _link_pieces(app: App) -> list[str]:
    return [
        chunk.text.strip()
        for box in app.kit.manager.get_sprite_group().sprites()
        if isinstance(box, UITextBox) and box.visible
        for chunk in box.link_hover_chunks
    ]


def test_each_evidence_label_on_the_services_tab_is_on_one_line(small_125: App) -> None:
    app = small_125
    day_one(app, "gig_street")
    press(app, pygame.K_4, frames=5)  # Services: every card ends with [Game abstraction]
    pieces = _link_pieces(app)
    assert pieces, "no labels shown"
    assert all(p.startswith("[") and p.endswith("]") for p in pieces), pieces
