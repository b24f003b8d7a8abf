"""The evening marks the score's rise with a green up triangle and a fall with a red down
one, on the score's line and on each reason, as Today does; a hidden move is not marked."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import pygame

from game.core import events as ev
from game.core.engine import new_world
from game.ui.report import evening_report
from tests.ui.drive import end_the_day, focus_on, press, start_level
from tests.ui.made_events import score_change

if TYPE_CHECKING:
    from game.ui.app import App

UP, DOWN = "\u25b2", "\u25bc"


def _report(level):
    world, _ = new_world(level, 1)
    events = [
        score_change(10, "Diapers are responsible", 610),
        score_change(-4, "Games are frivolous", 606),
        ev.DayEnded(1, 606, 500),
    ]
    return evening_report(level, events, [], world)


def test_each_reason_is_toned_by_the_way_it_moved_the_score(all_features):
    report = _report(all_features)
    assert report.tones["+10 Diapers are responsible"] == "good"
    assert report.tones["\u22124 Games are frivolous"] == "bad"


def test_the_score_line_is_toned_by_the_day_s_net_move(all_features):
    report = _report(all_features)
    assert report.tones[report.lines[0]] == "good"


def test_an_evening_with_a_fall_shows_a_red_down_triangle_before_the_score_line(
    game_app: App,
) -> None:
    start_level(game_app, "nosedive")
    press(game_app, pygame.K_RETURN)  # Start day 1
    while game_app.top.name == "prompt":  # the honest rating: the driver rates you back
        focus_on(game_app, "\u2610 Three stars, the honest rating")
        press(game_app, pygame.K_RETURN)
    end_the_day(game_app)
    evening = game_app.top
    assert evening.name == "evening"
    first = evening.body().split("<br>")[0]
    bad = game_app.kit.colours.bad
    assert first.startswith(f"<font color='{bad}'>{DOWN}</font> Rating: ")


def test_a_hidden_score_s_evening_marks_nothing(all_features):
    score = all_features.spec.score.model_copy(update={"display": "hidden"})
    hidden = replace(all_features, spec=all_features.spec.model_copy(update={"score": score}))
    assert _report(hidden).tones == {}
