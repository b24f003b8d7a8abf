"""The "Are you sure?" panel is as tall as its question and answers, with no empty band
between the question and the buttons."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import button, focus_on, open_first_day, press

if TYPE_CHECKING:
    from game.ui.app import App


def test_ending_the_day_early_asks_in_a_panel_that_fits_its_question(app: App) -> None:
    open_first_day(app)
    focus_on(app, "End the day")
    press(app, pygame.K_RETURN)
    scene = app.top
    assert scene.name == "confirm"
    panel = next(w for w in scene.widgets if "#dialog" in w.object_ids)
    question = (
        next(e for e in panel.get_container().elements if hasattr(e, "get_container"))
        .get_container()
        .elements[0]
    )
    gap = button(app, "Keep playing").get_abs_rect().top - question.get_abs_rect().bottom
    assert 0 <= gap <= 2 * app.kit.line
