"""On a listed-or-not score (The List) the phone tells a change as the state it led to,
'Listed', never as the -1 it is stored as; a hidden regime still tells nothing."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

import pygame

from game.core import events as ev
from game.ui import present
from tests.ui.drive import end_the_day, press, start_level

if TYPE_CHECKING:
    from game.ui.app import App


def _listed(app: App) -> list[str]:
    """The List played by ending each day until the court lists Zhou Min; every evening's
    lines, 'Tomorrow' included."""
    start_level(app, "the_list")
    said: list[str] = []
    while app.top.name != "day" or not app.top.session.of_type(ev.ScoreChanged):
        if app.top.name == "evening":
            said += app.top.report.lines + app.top.report.morning
        if app.top.name == "day":
            end_the_day(app)
        else:
            press(app, pygame.K_RETURN)
    return said


def test_the_evening_tells_a_listing_as_listed_not_minus_one(game_app: App) -> None:
    said = _listed(game_app)
    reasons = [line for line in said if "did not by the deadline" in line]
    assert reasons and all(line.startswith("Listed: ") for line in reasons)
    assert not any("\u22121" in line or "-1" in line for line in said)


def test_the_score_tab_s_ledger_tells_a_listing_as_listed_not_minus_one(game_app: App) -> None:
    _listed(game_app)
    press(game_app, pygame.K_5)
    tab = " ".join(row.markup for row in game_app.top._ledger_rows())
    assert "<b>Listed.</b> You could pay the judgment" in tab
    assert "\u22121" not in tab


def test_a_hidden_listed_or_not_regime_still_tells_only_that_the_score_changed(
    game_app: App,
) -> None:
    _listed(game_app)
    session = game_app.top.session
    (change,) = session.of_type(ev.ScoreChanged)
    score = session.level.spec.score.model_copy(update={"display": "hidden"})
    spec = session.level.spec.model_copy(update={"score": score})
    hidden = dataclasses.replace(session.level, spec=spec)
    assert present.change_line(hidden, change) == "Your score changed."
    assert present.ledger_entry(hidden, change) == "your score changed."
    assert present.event_line(hidden, change) is None


def test_a_listing_is_told_by_its_own_line_without_a_second_tier_line(game_app: App) -> None:
    said = _listed(game_app)
    assert any("\u2192 Listed" in line for line in said)
    assert not any(line.startswith("Tier") for line in said)
