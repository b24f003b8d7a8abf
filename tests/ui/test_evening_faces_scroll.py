"""With a small window and the largest text the evening report scrolls; the faces of the
people it is about still head it, with their names, and scroll with it."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame
from pygame_gui.elements import UIImage, UIScrollingContainer, UITextBox

from tests.ui.drive import day_one, end_the_day, focus_on, press

if TYPE_CHECKING:
    from game.ui.app import App


def test_a_scrolling_evening_report_still_shows_whose_day_it_was_above_its_text(
    small_big_text: App,
) -> None:
    app = small_big_text
    day_one(app, "citizen_score_2020")
    press(app, pygame.K_3)  # Friends
    focus_on(app, "unfriend wei")
    press(app, pygame.K_RETURN)
    end_the_day(app)
    evening = app.top
    assert evening.name == "evening"
    on_panel = evening.panel.get_container().elements
    boxes = [e for e in on_panel if isinstance(e, UIScrollingContainer)]
    assert boxes, "at 1024x600 with 200% text the report scrolls"
    inside = boxes[0].get_container().elements
    faces = [e for e in inside if isinstance(e, UIImage)]
    texts = [e for e in inside if isinstance(e, UITextBox)]
    named = [c for c, _ in evening.report.faces if c in evening.session.level.characters]
    assert "wei" in named and len(faces) == len(named)
    assert evening.names is not None and len(evening.names.tags) == len(named)
    assert all(f.get_relative_rect().bottom <= texts[0].get_relative_rect().top for f in faces)
