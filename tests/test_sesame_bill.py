"""Sesame Garden says nothing is scored until you join: a late bill takes points only from a
player who joined, and tells one who stayed out that the lender keeps the record; one who
stays out keeps the start score, has no score in the engine's eyes and is told so."""

import numpy as np
import pytest

from game.core import events as ev
from game.core.actions import END_DAY, Action
from game.core.content.loader import load_level
from game.core.engine import new_world, step
from game.core.offers import allowed
from game.core.scoring import has_joined
from game.paths import PROJECT_ROOT

STAY_OUT = {"join_beta": "stay_out", "join_again": "still_out", "report_consent": "report_untick"}
JOIN = {"join_beta": "join"}


@pytest.fixture(scope="module")
def sesame():
    result = load_level(PROJECT_ROOT / "levels" / "sesame_garden.yaml")
    assert result.ok, [p.format() for p in result.problems]
    return result.level


def ten_days_without_repaying(level, answers: dict[str, str]) -> list[ev.Event]:
    """Answer each question as given (else its default) and end every day, the bill unpaid."""
    world, events = new_world(level, 1)
    while world.day < 10 and not world.ended:
        prompt = next(iter(world.open_prompts), None)
        if prompt is None:
            action = END_DAY
        else:
            default = level.prompts[prompt].default
            action = Action("answer", prompt, answers.get(prompt, default))
        world, more = step(world, action)
        events += more
    return events


def bill_points(events: list[ev.Event]) -> list[int]:
    return [e.delta for e in events if isinstance(e, ev.ScoreChanged) and "bill" in e.reason]


def late_notices(events: list[ev.Event]) -> list[str]:
    return [e.event_id for e in events if isinstance(e, ev.BulletinShown) and "late" in e.event_id]


def test_a_late_bill_costs_a_player_who_joined_thirty_points(sesame):
    events = ten_days_without_repaying(sesame, JOIN)
    assert bill_points(events) == [-30] and late_notices(events) == ["e_bill_late"]


def test_a_late_bill_costs_a_player_who_stayed_out_nothing_and_says_why(sesame):
    events = ten_days_without_repaying(sesame, STAY_OUT)
    assert bill_points(events) == [] and late_notices(events) == ["e_bill_late_out"]


def busy_days_staying_out(level, seed: int) -> tuple[int, list[ev.Event]]:
    """Say no to every question and take random actions to the end; the final score and
    every event."""
    rng = np.random.default_rng(seed)
    world, events = new_world(level, seed)
    while not world.ended:
        prompt = next(iter(world.open_prompts), None)
        if prompt is not None:
            action = Action("answer", prompt, STAY_OUT[prompt])
        else:
            offers = [o for o in allowed(world) if o.action.verb != "answer"]
            action = offers[rng.integers(len(offers))].action
        world, more = step(world, action)
        events += more
    return world.score, events


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_player_who_stays_out_keeps_the_start_score_whatever_they_do(sesame, seed):
    score, events = busy_days_staying_out(sesame, seed)
    assert score == sesame.spec.score.start
    assert not [e for e in events if isinstance(e, ev.ScoreChanged)]


def test_saying_not_now_tells_the_player_they_have_no_score_and_the_engine_agrees(sesame):
    world, _ = new_world(sesame, 1)
    world, events = step(world, Action("answer", "join_beta", "stay_out"))
    notices = " ".join(e.text for e in events if isinstance(e, ev.Notice))
    assert "no Sesame score" in notices
    assert "on your dial" not in notices
    assert not has_joined(world)


def test_joining_gives_the_player_a_score_in_the_engine_s_eyes(sesame):
    world, _ = new_world(sesame, 1)
    assert not has_joined(world)
    world, _ = step(world, Action("answer", "join_beta", "join"))
    assert has_joined(world)


def test_a_bill_never_repaid_is_not_called_repaid_late_in_its_reason(sesame):
    events = ten_days_without_repaying(sesame, JOIN)
    reasons = [e.reason for e in events if isinstance(e, ev.ScoreChanged) and "bill" in e.reason]
    assert reasons and all("not repaid" in r for r in reasons), reasons
