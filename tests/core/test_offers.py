"""`offers` and the engine agree: every offer's refusal is the engine's, word for word."""

from dataclasses import replace
from functools import cache
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.core import events as ev
from game.core.actions import END_DAY, Action
from game.core.content.loader import load_level
from game.core.engine import new_world, step
from game.core.level import MADE_AT_MOST, Level
from game.core.network import association_count, pulling_down
from game.core.offers import allowed, offer_for, offers
from game.core.rules.association import AssociationRule
from game.core.verbs import base as verbs_base
from game.core.world import World

LEVELS = sorted(Path("levels").glob("*.yaml"))


@cache
def _level(path: Path) -> Level:
    level = load_level(path).level
    assert level is not None, path
    return level


def _engine_refusal(world: World, action: Action) -> str | None:
    after, events = step(world, action)
    if events and isinstance(events[0], ev.ActionRefused):
        assert after is world
        return events[0].reason
    return None


def _walk(level: Level, seed: int, steps: int) -> list[World]:
    """Worlds met on a random walk through allowed offers (refused ones included on the way)."""
    rng = np.random.default_rng(seed)
    world, _ = new_world(level, seed)
    seen = [world]
    for _ in range(steps):
        if world.ended:
            break
        choices = allowed(world)
        world, _ = step(world, choices[int(rng.integers(len(choices)))].action)
        seen.append(world)
    return seen


@pytest.mark.parametrize("path", LEVELS, ids=lambda p: p.stem)
@settings(
    max_examples=3, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(seed=st.integers(0, 2**16))
def test_every_offer_says_what_the_engine_says(path: Path, seed: int):
    level = _level(path)
    for world in _walk(level, seed, 60)[::4]:
        for offer in offers(world):
            assert offer.refusal == _engine_refusal(world, offer.action), offer


@pytest.mark.parametrize("path", LEVELS, ids=lambda p: p.stem)
@settings(
    max_examples=3, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(seed=st.integers(0, 2**16))
def test_offers_reused_from_earlier_steps_equal_a_fresh_listing(path: Path, seed: int):
    level = _level(path)  # its kept offers (Level.made) carry over from every earlier walk
    unused = replace(level)  # the same level with nothing kept
    for world in _walk(level, seed, 60):
        unused.made.clear()
        fresh = replace(world, level=unused)
        assert offers(world) == offers(fresh)
        assert allowed(world) == allowed(fresh)


@pytest.mark.parametrize("path", LEVELS, ids=lambda p: p.stem)
def test_allowed_lists_the_offers_without_a_refusal_in_their_order(path: Path):
    for world in _walk(_level(path), 7, 80):
        assert allowed(world) == [o for o in offers(world) if o.allowed]


@pytest.mark.parametrize("path", LEVELS[:3], ids=lambda p: p.stem)
def test_an_action_not_offered_is_refused_by_the_engine(path: Path):
    world, _ = new_world(_level(path), 1)
    for action in (Action("buy", "no_such_item"), Action("unfriend", "nobody"), Action("fly")):
        assert offer_for(world, action) is None
        assert _engine_refusal(world, action)


def test_with_no_time_left_every_costly_offer_is_refused_but_ending_the_day(all_features):
    world = replace(new_world(all_features, 1)[0], actions_left=0)
    for offer in offers(world):
        if offer.action == END_DAY:
            assert offer.allowed
        elif offer.action.verb != "answer":
            assert offer.refusal == _engine_refusal(world, offer.action) == offer.refusal
            assert not offer.allowed


def test_a_finished_level_offers_nothing(all_features):
    world = replace(new_world(all_features, 1)[0], ended=True)
    assert offers(world) == []


def test_a_family_member_who_is_not_a_friend_is_named_as_pulling_you_down():
    level = _level(Path("levels/citizen_score_2020.yaml"))
    world, _ = new_world(level, 1)
    world = replace(world, enabled_rules=world.enabled_rules | {"parent_record"})
    assert "mum" not in world.friends
    rule = next(r for r in level.spec.rules if r.id == "parent_record")
    assert isinstance(rule, AssociationRule)
    assert association_count(world, rule) >= 1
    assert "mum" in dict(pulling_down(world))


def test_the_evening_charges_exactly_the_people_the_friends_tab_names():
    level = _level(Path("levels/citizen_score_2020.yaml"))
    world, _ = new_world(level, 1)
    world = replace(world, enabled_rules=world.enabled_rules | {"parent_record"})
    named = {c for c, why in pulling_down(world) if rule_reason(level) in why}
    _, events = step(world, END_DAY)
    charged = [e for e in events if isinstance(e, ev.ScoreChanged) and e.rule_id == "parent_record"]
    assert charged and charged[0].delta == -5 * len(named)


def rule_reason(level: Level) -> str:
    return next(r.reason for r in level.spec.rules if r.id == "parent_record").rstrip(". ")


def test_the_engine_dispatches_every_evening_rule_kind_through_the_registry():
    from game.core.rule_runs import EVENING
    from game.core.rules import END_OF_DAY_KINDS, RULE_KINDS

    assert {RULE_KINDS[k] for k in END_OF_DAY_KINDS} == set(EVENING)


GATED = """\
format: 1
meta: {id: gated, title: Gated, setting: Here, year: 2020, summary: A gated loan.,
       objectives: [Explain a score.]}
player: {name: Ana, role: You are Ana., briefing: Scores matter., days: 2, actions_per_day: 3,
         money: 100}
score:
  min: 0
  max: 100
  start: 20
  adverse_action_notices: true
  factors: [{id: payments, label: Payment history}]
tiers:
  - {id: poor, label: Poor, min: 0, restrictions: [no_loans]}
  - {id: good, label: Good, min: 50}
restrictions:
  - {id: no_loans, label: No loans}
items:
  - {id: tea, label: Tea, price: 10, tags: [luxury]}
  - {id: phone, label: Premium phone, price: 50, tags: [gadget]}
services:
  - id: loan
    label: Car loan
    category: money
    blocked_by: [no_loans]
    outcome: Approved.
  - id: ride
    label: Ride home
    category: travel
    price: 10
    price_if: [{if: {owns: phone}, price: 15, note: price shown to premium-phone users}]
    outcome: Home.
rules:
  - id: late
    kind: action
    when: {action: buy, tags: [luxury]}
    factor: payments
    delta: -5
    reason: Late payment.
debrief:
  summary: Done.
  society: Some get loans.
  invented: All numbers are invented.
  cards: [{title: Loans, reality: Loans depend on scores.}]
  questions: ["Who gets a loan?"]
"""


def _gated(tmp_path: Path) -> Level:
    path = tmp_path / "gated.yaml"
    path.write_text(GATED)
    result = load_level(path)
    assert result.level is not None, [p.format() for p in result.problems]
    return result.level


def test_a_refusal_by_a_tier_restriction_carries_the_adverse_action_notice(tmp_path: Path):
    world, _ = new_world(_gated(tmp_path), 1)
    world, _ = step(world, Action("buy", "tea"))
    reason = offer_for(world, Action("apply", "loan"))
    assert reason is not None and reason.refusal is not None
    assert "Main factors: Payment history." in reason.refusal
    assert _engine_refusal(world, Action("apply", "loan")) == reason.refusal


def test_a_surcharge_is_not_called_a_perk_on_the_services_tab(tmp_path: Path):
    from game.ui.scenes.tabs import rows_for

    world, _ = new_world(_gated(tmp_path), 1)
    world, _ = step(world, Action("buy", "phone"))
    card = next(r.markup for r in rows_for("Services", world) if "Ride home" in r.markup)
    assert "with a perk" not in card and "15" in card


def test_reasons_for_one_person_pulling_you_down_join_without_stray_full_stops():
    level = _level(Path("levels/nosedive.yaml"))
    for world in _walk(level, 3, 40):
        for _, why in pulling_down(world):
            assert ".;" not in why and not why.endswith(".")


def test_an_offer_made_again_with_the_same_values_is_the_one_made_before(all_features):
    world, _ = new_world(all_features, 0)
    first = verbs_base.offer(world, "buy", "diapers", "Buy", frozenset({"responsible"}), None, 40)
    again = verbs_base.offer(world, "buy", "diapers", "Buy", frozenset({"responsible"}), None, 40)
    assert again is first
    assert first == replace(first)  # a plain value, equal to a fresh copy
    assert first.action == Action("buy", "diapers") and first.price == 40


def test_a_level_that_made_too_many_offers_forgets_them_and_makes_equal_ones(all_features):
    world, _ = new_world(all_features, 0)
    kept = verbs_base.offer(world, "post", "cat", "Post", frozenset({"personal"}))
    for i in range(MADE_AT_MOST + 1):
        verbs_base.offer(world, "buy", "diapers", "Buy", frozenset(), f"refused {i}")
    assert len(all_features.made) <= MADE_AT_MOST
    assert verbs_base.offer(world, "post", "cat", "Post", frozenset({"personal"})) == kept
