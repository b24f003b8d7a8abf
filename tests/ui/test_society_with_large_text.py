"""With large text the society page still shows the population below its paragraph: at 175%
on a 1280x720 screen, or 200% on the smallest window, the paragraph took the room and the
page showed text only. The paragraph now scrolls in what the view leaves."""

from __future__ import annotations

from collections.abc import Iterator
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

import pygame
import pytest

from tests.ui.drive import FRAME, button, click, press

if TYPE_CHECKING:
    from game.ui.app import App

SHIPPED = Path(__file__).parents[2] / "levels"


@pytest.fixture(params=[((1280, 720), 175), ((1024, 600), 200)], ids=["720p-175", "small-200"])
def debrief(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[App]:
    """Nosedive's debrief of a run with no action, at the given window size and text size."""
    from game.core.content.loader import load_level
    from game.ui.app import App
    from game.ui.play import PlaySession
    from game.ui.scenes.flow import Director
    from game.ui.store import Settings

    size, scale = request.param
    monkeypatch.setenv("CITIZEN_SCORE_LEVELS", str(SHIPPED))
    level = load_level(SHIPPED / "nosedive.yaml").level
    app = App(size, Settings(text_scale=scale))
    app.director = Director(app)
    app.director.debrief(PlaySession.start(level, 1, []))
    app.tick(FRAME)
    yield app
    pygame.quit()


def _paragraph(app: App):
    said = escape(app.top.doc.society)
    return next(w for w in app.top.widgets if said in getattr(w, "html_text", ""))


def test_the_society_page_shows_the_population_with_large_text(debrief: App) -> None:
    app = debrief
    click(app, button(app, "page:society"))
    scene = app.top
    assert "society" in scene.layout, "the page showed its paragraph only"
    window = pygame.Rect((0, 0), app.screen.get_size())
    text, area = _paragraph(app).get_abs_rect(), scene.layout["society"]
    assert window.contains(area) and text.bottom <= area.top
    assert all(not area.colliderect(e.get_abs_rect()) for _, e, _ in scene.focus.items)


def test_page_down_reads_the_rest_of_the_society_paragraph(debrief: App) -> None:
    app = debrief
    click(app, button(app, "page:society"))
    bar = _paragraph(app).scroll_bar
    assert bar is not None, "the whole paragraph fitted: nothing to read further"
    press(app, pygame.K_PAGEDOWN, frames=3)
    assert bar.start_percentage > 0
