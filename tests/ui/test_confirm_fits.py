"""The "Are you sure?" panel is as tall as its question and answers, with no empty band
between the question and the buttons, at every text size."""

from __future__ import annotations

from collections.abc import Iterator

import pygame
import pytest
from pygame_gui.core import UIElement

from game.ui.app import App
from game.ui.store import Settings
from tests.ui.drive import button, day_one, focus_on, open_first_day, press


def _question_and_heading(app: App) -> tuple[UIElement, UIElement]:
    scene = app.top
    assert scene.name == "confirm"
    panel = next(w for w in scene.widgets if "#dialog" in w.object_ids)
    heading = next(e for e in panel.get_container().elements if "#heading" in e.object_ids)
    question = (
        next(e for e in panel.get_container().elements if hasattr(e, "get_container"))
        .get_container()
        .elements[0]
    )
    return question, heading


def test_ending_the_day_early_asks_in_a_panel_that_fits_its_question(app: App) -> None:
    open_first_day(app)
    focus_on(app, "End the day")
    press(app, pygame.K_RETURN)
    question, _ = _question_and_heading(app)
    gap = button(app, "Keep playing").get_abs_rect().top - question.get_abs_rect().bottom
    assert 0 <= gap <= 2 * app.kit.line


@pytest.fixture(params=[100, 200])
def sized_app(request: pytest.FixtureRequest) -> Iterator[App]:
    application = App(settings=Settings(text_scale=request.param))
    yield application
    pygame.quit()


def test_the_question_is_no_further_from_its_buttons_than_from_the_title(sized_app: App) -> None:
    day_one(sized_app, "the_list")
    focus_on(sized_app, "End the day")
    press(sized_app, pygame.K_RETURN)
    question, heading = _question_and_heading(sized_app)
    above = question.get_abs_rect().top - heading.get_abs_rect().bottom
    below = button(sized_app, "Keep playing").get_abs_rect().top - question.get_abs_rect().bottom
    assert 0 <= below <= above + 2
