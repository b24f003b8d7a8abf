"""An opt-in score (Sesame Garden) the player has not joined is shown as no score at all: the
score bar, the dial, the Score tab and the evening say so, and joining brings the number back."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.core import events as ev
from game.ui.scenes.tabs import rows_for
from tests.ui.drive import end_the_day, focus_on, press, start_level

if TYPE_CHECKING:
    from game.ui.app import App
    from game.ui.scenes.day import DayScene


def _sesame_day(app: App, answer: str = "\u2611 Not now") -> DayScene:
    """Sesame Garden's first day, the join question answered with the box of that label."""
    start_level(app, "sesame_garden")
    while app.top.name != "day":
        if app.top.name == "prompt":
            focus_on(app, answer)
        press(app, pygame.K_RETURN)
    return app.top


def test_after_not_now_the_score_bar_and_dial_say_no_score_not_550_fair(game_app: App) -> None:
    day = _sesame_day(game_app)
    (answer,) = day.session.of_type(ev.PromptAnswered)
    assert answer.option == "stay_out"
    bar = day._tier_markup()
    assert bar.endswith("none, not joined")
    assert "550" not in bar and "Fair" not in bar
    assert day.dial.caption() is None


def test_after_not_now_the_score_tab_shows_no_score_and_no_you_marker(game_app: App) -> None:
    day = _sesame_day(game_app)
    press(game_app, pygame.K_5)
    tab = " ".join(row.markup for row in rows_for("Score", day.world))
    assert "Sesame score: none</b>" in tab
    assert "Sesame score: 550" not in tab and "\u2190 you" not in tab


def test_an_evening_out_of_the_scheme_says_none_not_unchanged(game_app: App) -> None:
    _sesame_day(game_app)
    end_the_day(game_app)
    assert game_app.top.name == "evening"
    assert game_app.top.report.lines[0] == "Sesame score: none, you have not joined."


def test_joining_brings_the_number_and_tier_back_to_the_bar_and_dial(game_app: App) -> None:
    day = _sesame_day(game_app, "\u2610 Join the beta")
    assert "550" in day._tier_markup() and "Fair" in day._tier_markup()
    assert day.dial.caption() is not None
