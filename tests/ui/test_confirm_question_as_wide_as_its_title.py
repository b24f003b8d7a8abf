"""The "Are you sure?" window's question is as wide as the title above it: its box stopped
24 pixels short of the title's right edge (room kept for a scroll bar the question never
needs), a ragged edge on every early end of the day. Only a question long enough to scroll
keeps that room."""

from __future__ import annotations

from collections.abc import Iterator

import pygame
import pytest

from game.ui.app import App
from game.ui.store import Settings
from tests.ui.drive import day_one, focus_on, press


def _box(app: App, words: str) -> pygame.Rect:
    shown = app.kit.manager.get_sprite_group().sprites()
    return next(w.get_abs_rect() for w in shown if words in getattr(w, "html_text", ""))


@pytest.fixture(params=[((1280, 720), 100), ((1024, 600), 200)])
def sized_app(request: pytest.FixtureRequest) -> Iterator[App]:
    size, scale = request.param
    application = App(size, Settings(text_scale=scale))
    yield application
    pygame.quit()


def test_the_early_end_of_day_question_lines_up_with_its_title(sized_app: App) -> None:
    day_one(sized_app, "sesame_garden")
    focus_on(sized_app, "End the day")
    press(sized_app, pygame.K_RETURN)
    assert sized_app.top.name == "confirm"
    title, question = _box(sized_app, "Are you sure?"), _box(sized_app, "End the day?")
    assert abs(question.left - title.left) <= 2, (title, question)
    assert abs(question.right - title.right) <= 2, (title, question)
