"""On a score that moves at the evening update, an action that decides a change says so at
once ("Tonight: +0.03 ..."), while the dial waits for the evening: the choice answers back."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import pygame

from game.core.content.loader import load_level
from game.core.world import PendingChange
from game.paths import level_files
from game.ui import present
from tests.ui.drive import day_one, focus_keys, focus_on, press

if TYPE_CHECKING:
    from game.ui.app import App

RIDER_PERK = "Riders noticed the extras and left more 5-star ratings."


def _level(level_id: str):
    return load_level(next(p for p in level_files() if p.stem == level_id)).level


def _change(delta: int = -10, due: int = 0) -> PendingChange:
    return PendingChange(
        5, delta, "riders", "Rider: 1 star.", "r", "game", (), "answer", False, due
    )


def test_a_change_for_tonight_is_told_with_its_amount_and_reason():
    line = present.queued_line(_level("gig_street"), _change())
    assert line == "Tonight: \u22120.10 Rider: 1 star. (Game abstraction)"


def test_a_change_scheduled_for_a_later_evening_names_that_evening():
    line = present.queued_line(_level("gig_street"), _change(due=8))
    assert line is not None and line.startswith("On the evening of day 8: ")


def test_a_regime_that_tells_amounts_only_says_the_action_was_noted():
    level = _level("citizen_score_2020")
    assert present.explains(level) == "amount"
    line = present.queued_line(level, _change())
    assert line == f"Noted. Tonight, your {level.spec.score.name} counts it."


def test_a_hidden_score_says_nothing_of_a_change_to_come():
    level = _level("gig_street")
    score = level.spec.score.model_copy(update={"display": "hidden"})
    hidden = replace(level, spec=level.spec.model_copy(update={"score": score}))
    assert present.queued_line(hidden, _change()) is None


def test_buying_an_extra_says_tonights_change_while_the_dial_waits(game_app: App) -> None:
    day = day_one(game_app, "gig_street")
    start = day.world.score
    press(game_app, pygame.K_1)
    focus_on(game_app, next(k for k in focus_keys(game_app) if k.endswith("buy water_bottles")))
    press(game_app, pygame.K_RETURN, frames=3)
    told = [t.text for t in day.toasts]
    assert f"Tonight: +0.03 {RIDER_PERK} (Game abstraction)" in told
    assert any(line.startswith("Tonight: +0.03") for line in day.log)
    assert day.world.score == start


def test_the_score_tab_lists_what_is_not_on_the_score_yet(game_app: App) -> None:
    day = day_one(game_app, "gig_street")
    press(game_app, pygame.K_1)
    focus_on(game_app, next(k for k in focus_keys(game_app) if k.endswith("buy water_bottles")))
    press(game_app, pygame.K_RETURN, frames=3)
    rows = [r.markup for r in day._ledger_rows()]
    assert f"<b>Not on your score yet</b><br>Tonight: +0.03 {RIDER_PERK} (Game abstraction)" in rows


def test_a_regime_that_tells_amounts_only_counts_what_waits_without_saying_what():
    level = _level("citizen_score_2020")
    markup = present.pending_markup(level, (_change(), _change(5)))
    assert markup == "<b>Not on your score yet</b><br>2 changes wait for the next update."


def test_nothing_waits_on_a_hidden_score_or_when_nothing_was_decided():
    level = _level("gig_street")
    assert present.pending_markup(level, ()) is None
    score = level.spec.score.model_copy(update={"display": "hidden"})
    hidden = replace(level, spec=level.spec.model_copy(update={"score": score}))
    assert present.pending_markup(hidden, (_change(),)) is None
