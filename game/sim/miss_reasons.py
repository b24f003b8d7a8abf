"""Why a bot's run missed a goal, in words a designer reads: the check that did not hold, and
what stood in the way (a refusal met, a restriction held, an action never taken)."""

from collections import Counter
from collections.abc import Mapping, Sequence

import numpy as np

from game.core.actions import Action
from game.core.conditions import CHECKS, holds
from game.core.outcome import Outcome
from game.core.pricing import price_for
from game.core.spec.conditions import Condition
from game.core.spec.story import Goal
from game.core.verbs import Offer
from game.core.world import World
from game.sim.bots import Chooser

OfferDays = Mapping[tuple[str, str], int]
"""(verb, target) to the number of days the engine offered that action to the bot."""


def miss_reason(
    goal: Goal, outcome: Outcome, world: World, offered: OfferDays | None = None
) -> str:
    """Why a goal was missed, in the level's own words: its failed_if came true, or which
    checks of its met_if did not hold at the end, and the refusal met on the way, the
    restrictions that blocked the service it needs, or the action the bot never took.
    `offered` (what the engine offered the bot in the run, `offered_days`) tells a service
    whose `requires` held on some day, so it was offered, from one whose gate never let it
    through."""
    state = outcome.goals.get(goal.id)
    failed_early = state is not None and state[0] == "failed" and state[1] < outcome.days
    if goal.failed_if is not None and (failed_early or holds(goal.failed_if, world)):
        return f"failed_if came true ({_checks(goal.failed_if)})"
    met_if = goal.met_if
    unmet = [
        f"{key}: {_value(getattr(met_if, key))}"
        for key in sorted(met_if.model_fields_set)
        if getattr(met_if, key) is not None and not CHECKS[key](world, getattr(met_if, key))
    ]
    reason = "not " + ", ".join(unmet) if unmet else "met_if did not hold when judged"
    targets = {str(getattr(met_if, k)) for k in met_if.model_fields_set}
    refused = Counter(r for _, action, r in outcome.refusals if action.split(" ")[-1] in targets)
    if refused:
        reason += f" (refused: {refused.most_common(1)[0][0]})"
    elif blocked := _blocking(met_if, outcome, world):
        reason += f" (blocked while {' and '.join(blocked)} {'was' if len(blocked) == 1 else 'were'} held)"
    elif untried := _never_tried(met_if, outcome, world, offered) or _friend_gone(
        met_if, outcome, world
    ):
        reason += f" ({untried})"
    return reason


def _friend_gone(met_if: Condition, outcome: Outcome, world: World) -> str | None:
    """Why a friend a goal needs was not a friend at the end: the bot cut them, or never
    added someone who was no friend at the start; a story effect may drop them too, so
    anything else is left unsaid."""
    cid = met_if.is_friend
    if cid is None or CHECKS["is_friend"](world, cid):
        return None
    took = {c.action.verb for c in outcome.choices if c.action.target == cid}
    if "unfriend" in took:
        return "unfriended"
    start = next((c for c in world.level.spec.characters if c.id == cid), None)
    if start is not None and not start.friend and "befriend" not in took:
        return "never befriended"
    return None


_VERB_OF_CHECK = {
    "used_service": ("apply", "never applied for"),
    "owns": ("buy", "never bought"),
    "posted": ("post", "never posted"),
}
"""Checks a bot meets only by taking one action, and what to say when it never took it."""


def _never_tried(
    met_if: Condition, outcome: Outcome, world: World, offered: OfferDays | None = None
) -> str | None:
    """Why a goal's action never happened: a bot takes only what the engine offers and what
    its strategy weighs above the rest, so 'never applied for' points at the weights, and a
    service's `requires` that did not hold points at the gate. A gated service the engine
    did offer on some days (its `requires` held then) was passed over for other actions."""
    for key, (verb, words) in _VERB_OF_CHECK.items():
        target = getattr(met_if, key)
        if target is None or CHECKS[key](world, target):
            continue
        if any(c.action.verb == verb and c.action.target == target for c in outcome.choices):
            continue
        service = next((s for s in world.level.spec.services if s.id == target), None)
        gate = service.requires if key == "used_service" and service else None
        days = (offered or {}).get((verb, target), 0)
        if gate is not None and days:
            of = f"{days} of {outcome.days} day{'s' if outcome.days != 1 else ''}"
            return f"{words}: its requires held and it was offered on {of}, but the bot chose other actions"
        if gate is not None and not holds(gate, world):
            return f"{words}: its requires {_checks(gate)} did not hold"
        return _unaffordable(words, key, target, world)
    return None


def _unaffordable(words: str, key: str, target: str, world: World) -> str:
    """'never bought' or 'never applied for', with the price when it was more than the
    bot had at the end: a bot is offered only what it can pay for."""
    spec = world.level.spec
    entries = spec.services if key == "used_service" else spec.items if key == "owns" else ()
    entry = next((e for e in entries if e.id == target), None)
    if entry is None:
        return words
    price, _ = price_for(entry, world)
    if price <= world.money:
        return words
    return f"{words}: it costs {price}, more than the bot had at the end"


def _blocking(met_if: Condition, outcome: Outcome, world: World) -> list[str]:
    """Restrictions held in the run that block the service a goal needs: bots are offered only
    what the engine allows, so a blocked service shows no refusal, just an action not taken."""
    if met_if.used_service is None or met_if.used_service in world.used_services:
        return []
    service = next((s for s in world.level.spec.services if s.id == met_if.used_service), None)
    held = outcome.restrictions_applied
    return [r for r in service.blocked_by if r in held] if service else []


def _checks(condition: Condition) -> str:
    keys = sorted(k for k in condition.model_fields_set if getattr(condition, k) is not None)
    return ", ".join(f"{k}: {_value(getattr(condition, k))}" for k in keys)


def _value(value: object) -> str:
    return "[" + ", ".join(map(str, value)) + "]" if isinstance(value, tuple) else str(value)


def wanted_actions(goals: Sequence[Goal]) -> frozenset[tuple[str, str]]:
    """(verb, target) of each action a goal is met by taking (apply, buy, post): the offers
    worth noting in a run, for `miss_reason`'s `offered`."""
    return frozenset(
        (verb, target)
        for goal in goals
        for key, (verb, _) in _VERB_OF_CHECK.items()
        if (target := getattr(goal.met_if, key)) is not None
    )


def noting_offers(
    choose: Chooser, wanted: frozenset[tuple[str, str]], seen: set[tuple[int, str, str]]
) -> Chooser:
    """The same bot, noting (day, verb, target) of each wanted action it is offered."""
    if not wanted:
        return choose

    verbs = frozenset(verb for verb, _ in wanted)

    def noting(world: World, offers: Sequence[Offer], rng: np.random.Generator) -> Action:
        for offer in offers:
            action = offer.action
            if action.verb in verbs and (action.verb, action.target) in wanted:
                seen.add((world.day, action.verb, action.target))
        return choose(world, offers, rng)

    return noting


def offer_days(seen: set[tuple[int, str, str]]) -> OfferDays:
    """The days each action was offered, from what `noting_offers` saw."""
    return Counter((verb, target) for _, verb, target in seen)
