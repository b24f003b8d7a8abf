"""The first screen says what moved the score, with each rule's evidence label, even for a run
whose every turning point would have ended the same (a score held on the scale's floor)."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pygame
import pytest

from tests.ui.drive import FRAME, open_debrief

if TYPE_CHECKING:
    from game.ui.app import App

POSTS_RULE = "Posts on Tiananmen or the stock-market fall lower your score"


@pytest.fixture
def dissident() -> Iterator[App]:
    """Citizen Score 2020 played by the dissident bot: its score falls from 600 to the floor."""
    from game.ui.app import App
    from game.ui.store import Settings

    app = App((1280, 720), Settings(text_scale=100))
    open_debrief(app, "citizen_score_2020", "dissident")
    for _ in range(300):
        app.tick(FRAME)
        if app.top.costs_done:
            break
    app.tick(FRAME)
    yield app
    pygame.quit()


def test_a_run_that_fell_to_the_floor_names_what_pulled_it_down_on_the_first_screen(
    dissident: App,
):
    shown = html.unescape(dissident.top.points_box.html_text).replace("\u00a0", " ")
    assert dissident.top.doc.moved_title in shown
    assert f"-160 in all (4 times): {POSTS_RULE}" in shown


def test_each_rule_that_moved_the_score_carries_its_evidence_label(dissident: App):
    shown = html.unescape(dissident.top.points_box.html_text).replace("\u00a0", " ")
    moved = shown[shown.index(dissident.top.doc.moved_title) :].split("<br>")[1:]
    moved = [re.sub(r"<[^>]+>", "", line) for line in moved]  # each label is a link to its tip
    assert moved and all(line.rstrip().endswith("[Speculative]") for line in moved), moved


def test_the_first_screen_says_how_many_choices_it_left_out_because_they_changed_nothing(
    dissident: App,
):
    scene = dissident.top
    shown = html.unescape(scene.points_box.html_text)
    assert len(scene._idle) == 3, "this run needs choices that changed nothing"
    assert "Changing any one of 3 other choices you made would not have changed how" in shown


@pytest.mark.parametrize("level_id", ["my_wallet", "citizen_score_2020"])
def test_on_a_small_window_the_first_screen_still_fits_and_names_what_moved_the_score(
    level_id: str,
):
    from game.ui.app import App
    from game.ui.store import Settings

    app = App((1024, 600), Settings(text_scale=100))
    try:
        open_debrief(app, level_id)
        for _ in range(300):
            app.tick(FRAME)
            if app.top.costs_done:
                break
        app.tick(FRAME)
        box = app.top.points_box
        assert box.scroll_bar is None, "the turning points need scrolling"
        assert app.top.doc.moved_title in html.unescape(box.html_text)
    finally:
        pygame.quit()
