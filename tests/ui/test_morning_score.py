"""A score move that comes with the next morning is told under Tomorrow, so the evening never
shows one score while the dial behind it shows another; the next evening starts from there."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.core import events as ev
from tests.ui.drive import end_the_day, press, start_level

if TYPE_CHECKING:
    from game.ui.app import App


def _evenings(app: App, level_id: str) -> list[tuple[int, list[str], list[str]]]:
    """(score when the evening opened, its lines, its Tomorrow) for each evening of a run
    that only ends its days."""
    start_level(app, level_id)
    seen = []
    while app.top.name != "debrief":
        if app.top.name == "evening":
            report = app.top.report
            seen.append((app.top.session.world.score, report.lines, report.morning))
            press(app, pygame.K_RETURN)
        elif app.top.name == "day":
            end_the_day(app)
        else:
            press(app, pygame.K_RETURN)
    return seen


def test_a_score_move_in_the_morning_is_told_under_tomorrow_and_not_again(
    game_app: App,
) -> None:
    evenings = _evenings(game_app, "nosedive")
    session = game_app.top.session
    moves = [e for d in session.mornings.values() for e in d if isinstance(e, ev.ScoreChanged)]
    assert moves
    for move in moves:
        told = [m for _, _, morning in evenings for m in morning if move.reason in m]
        again = [line for _, lines, _ in evenings for line in lines if move.reason in line]
        assert len(told) == 1 and again == []
