"""The projector's town (the class debrief's society slide) on the smallest window with text
at 200%: its sentences are whole (the curves show one at a time, and Next turns to the second
before the next slide)."""

from __future__ import annotations

import pygame

from game.ui.store import Settings
from tests.ui.drive import press
from tests.ui.test_class_projector_large_text import open_class_debrief


def _town(app):
    """The town's slide shown, its model run to the end; returns the view."""
    scene = app.top
    scene.index = next(i for i, s in enumerate(scene.steps) if s.kind == "society")
    app.tick(0.016)
    view = scene.society
    while not view.done:
        view.update(1000.0)
    return view


def test_the_projectors_town_sentences_are_whole_at_1024x600_with_text_at_200_percent():
    app = open_class_debrief((1024, 600), Settings(text_scale=200), 6)
    try:
        view = _town(app)
        lines = [line for sentence in view.sentence_lines() for line in sentence]
        view.next_page()
        lines += [line for sentence in view.sentence_lines() for line in sentence]
        assert not any(line.endswith("\u2026") for line in lines), lines
    finally:
        pygame.quit()


def test_next_on_a_paged_town_shows_its_second_chart_before_the_next_slide():
    app = open_class_debrief((1024, 600), Settings(text_scale=200), 6)
    try:
        view = _town(app)
        assert view.paged
        index = app.top.index
        press(app, pygame.K_RIGHT)
        assert (app.top.index, view.page) == (index, 1)
        press(app, pygame.K_LEFT)
        assert (app.top.index, view.page) == (index, 0)
        press(app, pygame.K_RIGHT)
        press(app, pygame.K_RIGHT)
        assert app.top.index == index + 1
    finally:
        pygame.quit()
