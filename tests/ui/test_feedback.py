"""Each thing the regime does to the player gets its own feedback, short and skippable."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame
import pytest

from game.core import events as ev
from game.core.actions import Action
from game.ui.feedback import SECONDS, cues_for
from game.ui.scenes.day import DayScene
from tests.ui.drive import open_first_day, press

if TYPE_CHECKING:
    from game.ui.app import App

FRAME = 0.016


def _day(app: App) -> DayScene:
    return open_first_day(app)


EVENTS = [
    (ev.TierChanged(1, "mid", "high"), "tier_up"),
    (ev.TierChanged(1, "mid", "low"), "tier_down"),
    (ev.PerkGranted(1, "fast_lane"), "perk_won"),
    (ev.PerkLost(1, "fast_lane"), "perk_lost"),
    (ev.RestrictionApplied(1, "no_train"), "stamp"),
    (ev.GoalMet(1, "visit_grandma"), "goal_met"),
    (ev.GoalFailed(1, "visit_grandma"), "goal_failed"),
    (ev.ActionRefused(1, "apply", "Loan refused."), "refusal"),
]


@pytest.mark.parametrize(("event", "kind"), EVENTS, ids=[k for _, k in EVENTS])
def test_each_engine_event_shows_its_own_feedback_and_plays_its_sound(app: App, event, kind):
    day = _day(app)
    before = pygame.image.tobytes(app.screen, "RGB")
    day._news([event])
    app.tick(FRAME)
    assert day.feedback.current is not None and day.feedback.current.kind == kind
    assert app.kit.audio.played[-1] == kind
    assert pygame.image.tobytes(app.screen, "RGB") != before


def test_a_refused_service_shows_the_refusal_with_its_reason(app: App) -> None:
    day = _day(app)
    day.act(Action("apply", "loan"))
    app.tick(FRAME)
    cue = day.feedback.current
    assert cue is not None and cue.kind == "refusal" and "Loan refused" in cue.text


def test_feedback_is_gone_within_its_time(app: App) -> None:
    day = _day(app)
    day._news([ev.RestrictionApplied(1, "no_train")])
    for _ in range(int(SECONDS / FRAME) + 2):
        app.tick(FRAME)
    assert SECONDS < 1.2 and not day.feedback.active


def test_any_key_skips_every_waiting_feedback(app: App) -> None:
    day = _day(app)
    day._news([e for e, _ in EVENTS[:4]])
    app.tick(FRAME)
    press(app, pygame.K_TAB, frames=1)
    assert not day.feedback.active and day.feedback.queue == []


def test_with_reduced_motion_nothing_shakes_or_moves(app: App) -> None:
    app.settings.reduced_motion = True
    day = _day(app)
    day._news([ev.RestrictionApplied(1, "no_train")])
    frames = []
    for _ in range(4):
        app.tick(FRAME)
        assert day.feedback.shake() == (0, 0)
        frames.append(pygame.image.tobytes(app.screen, "RGB"))
    assert day.feedback.active and len(set(frames[1:])) == 1


def test_a_hidden_score_gives_no_tier_feedback(all_features) -> None:
    from dataclasses import replace

    score = all_features.spec.score.model_copy(update={"display": "hidden"})
    hidden = replace(all_features, spec=all_features.spec.model_copy(update={"score": score}))
    assert cues_for(hidden, [ev.TierChanged(1, "mid", "high")]) == []


def test_the_dial_number_counts_to_a_new_score_instead_of_jumping(app: App) -> None:
    day = _day(app)
    start = day.dial.shown
    day.act(Action("buy", "diapers"))
    target = float(day.world.score)
    assert target != start
    app.tick(FRAME)
    assert min(start, target) < day.dial.shown < max(start, target)
    for _ in range(120):
        app.tick(FRAME)
    assert day.dial.shown == target
    assert "tick" in app.kit.audio.played


def test_a_service_the_player_cannot_apply_for_yet_says_so_without_claiming_a_refusal(
    app: App,
) -> None:
    day = _day(app)
    press(app, pygame.K_4)  # Services
    app.tick(FRAME)
    phone = day.phones[day.phone_tab]
    loan = next(row.markup for row in phone.rows if "Loan refused" in row.markup)
    assert "You can't apply now:" in loan
    assert "<b>Refused:</b>" not in loan
    assert day.session.events and not any(
        isinstance(e, ev.ActionRefused) for e in day.session.events
    ), "the player never applied"
