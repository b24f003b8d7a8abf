"""Thai words parted by zero-width spaces wrap only between those words, whatever the width
of the box: the break points added to long words were also put inside these short words (the
run of words joined by zero-width spaces counted as one long word), so a row could end in the
middle of a word, depending on how wide the box happened to be."""

from __future__ import annotations

from collections.abc import Iterator

import pygame
import pytest
from pygame_gui.elements import UITextBox

from game.ui.app import App
from game.ui.line_breaks import ZERO_WIDTH_SPACE
from game.ui.scenes.overlays import ConfirmScene
from game.ui.store import Settings
from tests.ui.drive import press

WORD = "\u0e04\u0e30\u0e41\u0e19\u0e19\u0e02\u0e2d\u0e07\u0e04\u0e38\u0e13"
"""'Your score' in Thai: one word, with a mark under one of its letters."""
QUESTION = ZERO_WIDTH_SPACE.join([WORD] * 30)


@pytest.fixture(params=[100, 125, 150, 175, 200])
def scaled_app(request: pytest.FixtureRequest) -> Iterator[App]:
    application = App(settings=Settings(text_scale=request.param))
    yield application
    pygame.quit()


def test_thai_words_parted_by_zero_width_spaces_wrap_only_between_words(
    scaled_app: App,
) -> None:
    app = scaled_app
    app.push(ConfirmScene(app.kit, app, QUESTION, "Yes", lambda: None))
    press(app, pygame.K_TAB)
    (shown,) = [
        e
        for e in app.kit.manager.get_sprite_group().sprites()
        if isinstance(e, UITextBox) and WORD[:3] in e.html_text
    ]
    rows = [
        "".join(getattr(chunk, "text", "") for chunk in row.items)
        for row in shown.text_box_layout.layout_rows
    ]
    assert len(rows) > 1
    shown_rows = [row.replace(ZERO_WIDTH_SPACE, "") for row in rows if row]
    assert all(row == WORD * (len(row) // len(WORD)) for row in shown_rows), rows
