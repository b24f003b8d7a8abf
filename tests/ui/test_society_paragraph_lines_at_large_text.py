"""With large text on a small window the society paragraph scrolls in the room the view
leaves, two lines or so; those lines go to the paragraph, not to the page's title again (the
lit Society tab names the page): at 200% on 1024x600 the box showed the title and one line."""

from __future__ import annotations

import html
from collections.abc import Iterator

import pygame
import pytest

from game.ui.app import App
from game.ui.store import Settings
from tests.ui.drive import FRAME, button, click, open_debrief


@pytest.fixture
def small_large_text() -> Iterator[App]:
    application = App((1024, 600), Settings(text_scale=200))
    yield application
    pygame.quit()


def test_the_scrolled_society_paragraph_starts_with_the_paragraph_not_the_title(
    small_large_text: App,
) -> None:
    app = small_large_text
    open_debrief(app, "the_list")
    click(app, button(app, "page:society"))
    app.tick(FRAME)
    texts = [html.unescape(w.html_text) for w in app.top.widgets if hasattr(w, "html_text")]
    paragraph = next(t for t in texts if "The list makes many people pay" in t)
    assert paragraph.startswith("The list makes many people pay"), paragraph[:80]
    assert "What this does to a society" not in paragraph
