"""A class made with --hide-scores: the teacher guide says "the game shows them tiers, not
scores". Two places still show a number: Nosedive's first morning names the player's
rating in its own words ("Good morning, 4.21"), and each student's own debrief at the end
gives the final score and a chart with numbers. Known bugs outside the class files (the
level's text and the debrief), kept here as strict xfails."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pygame
import pytest

from game.classroom.code import make_code
from game.classroom.levels import shipped_levels
from tests.ui.drive import FRAME, play_days, press

if TYPE_CHECKING:
    from game.ui.app import App


@pytest.fixture
def nosedive_class() -> Iterator[App]:
    """A hidden-score Nosedive class joined on the title screen's route (the director's
    start_class, as Join does), on its briefing."""
    from game.ui.app import App
    from game.ui.scenes.flow import start_scenes

    level = next(lv for lv in shipped_levels() if lv.id == "nosedive")
    code = make_code(level.id, level.content_hash, 4, hide_scores=True)
    app = App((1280, 720))
    app.director = start_scenes(app, None, None, None)
    app.tick(FRAME)
    app.director.start_class(code, level, "calm-crane-4")
    app.tick(FRAME)
    yield app
    pygame.quit()


def shown_texts(app: App) -> list[str]:
    sprites = app.kit.manager.get_sprite_group().sprites()
    return [e.html_text for e in sprites if hasattr(e, "html_text")]


def score_numbers(app: App, score: int) -> list[str]:
    """The texts on screen that give this score as the game writes it (4.21 for 421)."""
    shown = app.top.session.level.spec.score.shown(score)
    return [t for t in shown_texts(app) if shown in t]


@pytest.mark.xfail(
    strict=True,
    reason="Nosedive's day-1 bulletin says 'Good morning, 4.21: Your rating is 4.21' in "
    "its own text, whatever the class's --hide-scores",
)
def test_a_hidden_score_class_reads_no_rating_number_on_its_first_morning(
    nosedive_class: App,
) -> None:
    app = nosedive_class
    press(app, pygame.K_RETURN)  # Start day 1
    while app.top.name == "prompt":
        press(app, pygame.K_ESCAPE)
    assert app.top.name == "day"
    assert score_numbers(app, app.top.session.world.score) == []


@pytest.mark.xfail(
    strict=True,
    reason="the student's own debrief gives 'Rating: 2.46, tier ...' and a numbered chart "
    "in a --hide-scores class",
)
def test_a_hidden_score_class_reads_no_final_rating_number_in_its_debrief(
    nosedive_class: App,
) -> None:
    app = nosedive_class
    press(app, pygame.K_RETURN)  # Start day 1
    play_days(app, lambda a: a.top.name == "debrief", 60)
    assert app.top.name == "debrief"
    assert score_numbers(app, app.top.session.world.score) == []
