"""Disputes are configurable: the chance one is upheld and its fee (documented in the guide)."""

from dataclasses import replace

from game.core import events as ev
from game.core.actions import Action
from game.core.engine import new_world, step
from game.core.level import Level
from game.core.verbs.dispute import upheld


def _with_score(level: Level, **changes) -> Level:
    spec = level.spec.model_copy(update={"score": level.spec.score.model_copy(update=changes)})
    return replace(level, spec=spec)


def _disputable_world(level: Level):
    world, _ = new_world(level, 3)
    while not world.disputable:
        world, _ = step(world, Action("end_day"))
    return world


def test_a_dispute_fee_is_charged_as_a_money_event(all_features):
    world = _disputable_world(_with_score(all_features, dispute_fee=30))
    change_id = next(iter(world.disputable))
    after, events = step(world, Action("dispute", str(change_id)))
    assert after.money == world.money - 30
    assert any(isinstance(e, ev.MoneyChanged) and e.reason == "Dispute fee" for e in events)


def test_a_dispute_the_player_cannot_pay_for_is_refused(all_features):
    world = _disputable_world(_with_score(all_features, dispute_fee=10**6))
    after, events = step(world, Action("dispute", str(next(iter(world.disputable)))))
    assert after is world and isinstance(events[0], ev.ActionRefused)
    assert events[0].reason.startswith("A dispute costs 1,000,000")


def test_a_rejected_dispute_leaves_the_change_and_cannot_be_repeated(all_features):
    world = _disputable_world(_with_score(all_features, dispute_chance=0.0))
    change_id = next(iter(world.disputable))
    after, events = step(world, Action("dispute", str(change_id)))
    assert after.score == world.score and change_id not in after.disputable
    assert after.actions_left == world.actions_left - 1
    assert any("rejected" in getattr(e, "text", "") for e in events)


def test_the_chance_of_an_upheld_dispute_is_its_share_of_draws():
    wins = sum(upheld(seed, 7, 0.3) for seed in range(2000))
    assert 500 < wins < 700
    assert upheld(5, 7, 0.3) == upheld(5, 7, 0.3)


def test_a_delayed_correction_lands_on_the_evening_two_days_later(all_features):
    world = _disputable_world(_with_score(all_features, dispute_delay=2))
    change_id, (_, delta, _) = next(iter(world.disputable.items()))
    after, _ = step(world, Action("dispute", str(change_id)))
    assert after.score == world.score and [p.delta for p in after.pending] == [-delta]
    tomorrow, _ = step(after, Action("end_day"))
    day_after, _ = step(tomorrow, Action("end_day"))
    assert any(p.delta == -delta for p in day_after.pending)
    landed, events = step(day_after, Action("end_day"))
    assert not landed.pending and landed.day == world.day + 3
    assert any(
        isinstance(e, ev.ScoreChanged) and e.reason.startswith("Dispute upheld") for e in events
    )
