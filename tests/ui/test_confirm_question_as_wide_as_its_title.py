"""The "Are you sure?" window's question is as wide as the title above it: its box stopped
24 pixels short of the title's right edge (room kept for a scroll bar it never needs), a
ragged edge on every early end of the day."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame
import pytest

from tests.ui.drive import day_one, focus_on, press

if TYPE_CHECKING:
    from game.ui.app import App


def _box(app: App, words: str) -> pygame.Rect:
    shown = app.top.kit.manager.get_sprite_group().sprites()
    return next(w.get_abs_rect() for w in shown if words in getattr(w, "html_text", ""))


@pytest.mark.parametrize("size_and_text", [((1280, 720), 100), ((1024, 600), 200)])
def test_the_early_end_of_day_question_lines_up_with_its_title(size_and_text) -> None:
    from game.ui.app import App
    from game.ui.store import Settings

    size, scale = size_and_text
    app = App(size, Settings(text_scale=scale))
    try:
        day_one(app, "sesame_garden")
        focus_on(app, "End the day")
        press(app, pygame.K_RETURN)
        assert app.top.name == "confirm"
        title, question = _box(app, "Are you sure?"), _box(app, "End the day?")
        assert abs(question.right - title.right) <= 2, (title, question)
    finally:
        pygame.quit()
