"""Checks that need play: tiers, perks and goals no bot reaches over a few seeds.

Static reasoning first (a tier above the maximum, a perk nothing gives); the simulator then
plays every built-in and designer strategy with the real engine.
"""

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

import numpy as np

from game.core.actions import Action
from game.core.level import Level
from game.core.level_spec import LevelSpec
from game.core.spec.intended import Check
from game.core.spec.score import Perk
from game.core.spec.story import Goal
from game.core.verbs import Offer
from game.core.world import World
from game.design.check_content import referenced
from game.design.findings import Finding
from game.design.walk import effects
from game.sim.bots import Chooser, chooser_for, strategy_names
from game.sim.miss_reasons import miss_reason, noting_offers, offer_days, wanted_actions
from game.sim.runner import run_episode

SEEDS = (0, 1, 2)


@dataclass
class Reached:
    """What any strategy reached in any run."""

    runs: int = 0
    tiers: set[str] = field(default_factory=set)
    perks: set[str] = field(default_factory=set)
    goals: set[str] = field(default_factory=set)
    offered: set[tuple[str, str]] = field(default_factory=set)
    """(verb, target) of every action any bot was offered."""
    misses: dict[str, Counter[str]] = field(default_factory=dict)
    """Per goal, why the runs that missed it missed it (`miss_reasons.miss_reason`)."""


def simulate(level: Level, seeds: tuple[int, ...] = SEEDS) -> Reached:
    """Play every strategy over the seeds and record tiers, perks and goals reached."""
    reached = Reached()
    wanted = wanted_actions(level.spec.goals)
    for name in strategy_names(level):
        chooser = chooser_for(level, name)
        assert chooser is not None  # every name comes from strategy_names
        for seed in seeds:
            seen: set[tuple[int, str, str]] = set()
            noted = noting_offers(_recording(chooser, reached), wanted, seen)
            episode = run_episode(level, noted, seed)
            outcome = episode.outcome
            reached.runs += 1
            reached.tiers |= set(outcome.tiers_reached)
            reached.perks |= set(outcome.perks_gained)
            reached.goals |= set(outcome.goals_met)
            for goal in level.spec.goals:
                if goal.id not in outcome.goals_met:
                    why = miss_reason(goal, outcome, episode.world, offer_days(seen))
                    reached.misses.setdefault(goal.id, Counter())[why] += 1
    return reached


def _recording(chooser: Chooser, reached: Reached) -> Chooser:
    """The same bot, noting every action it was offered."""

    def choose(world: World, offers: Sequence[Offer], rng: np.random.Generator) -> Action:
        reached.offered |= {(o.action.verb, o.action.target) for o in offers}
        return chooser(world, offers, rng)

    return choose


def unreached(level: Level, reached: Reached) -> Iterator[Finding]:
    """Tiers, perks and goals that no play reaches, each with the likeliest cause."""
    spec = level.spec
    runs = f"in {reached.runs} bot runs"
    for i, tier in enumerate(spec.tiers):
        if tier.min > spec.score.max:
            yield Finding(
                Check.TIER_ABOVE_MAX,
                tier.id,
                ("tiers", i, "min"),
                f"tier '{tier.id}' starts at {tier.min}, above the score's maximum",
                f"score.max is {spec.score.max}, so no score reaches it: start it at "
                f"{spec.score.max} or less, or raise score.max",
            )
        elif tier.id not in reached.tiers:
            message = f"no strategy reached tier '{tier.id}' {runs}"
            yield Finding(Check.TIER_UNREACHED, tier.id, ("tiers", i), message, _TIER_HINT)
    yield from _perks(level, reached, runs)
    yield from _never_offered(level, reached, runs)
    for i, goal in enumerate(spec.goals):
        if goal.id not in reached.goals:
            why = reached.misses.get(goal.id, Counter()).most_common(1)
            mostly = f": mostly {why[0][0]}" if why else ""
            message = f"no strategy met goal '{goal.id}' {runs}{mostly}"
            never = _never_holds(spec, goal)
            if never is not None:
                key, hint = never
                path = ("goals", i, "met_if", key)
                yield Finding(Check.GOAL_UNMET, goal.id, path, message, hint)
            else:
                hint = _goal_hint(spec, goal)
                yield Finding(Check.GOAL_UNMET, goal.id, ("goals", i), message, hint)


_TIER_HINT = "check that rules can move the score that far within the level's days"
_GOAL_HINT = "add a strategy under strategies: that pursues it, or make it reachable"


def _never_holds(spec: LevelSpec, goal: Goal) -> tuple[str, str] | None:
    """A score bound in met_if that no score in the range meets: no strategy can help, so
    'add a strategy' would send the designer the wrong way."""
    score, met_if = spec.score, goal.met_if
    if met_if.score_at_least is not None and met_if.score_at_least > score.max:
        return "score_at_least", (
            f"score_at_least: {met_if.score_at_least} is above score.max {score.max}, so it "
            f"never holds: ask for {score.max} or less, or raise score.max"
        )
    if met_if.score_below is not None and met_if.score_below <= score.min:
        return "score_below", (
            f"score_below: {met_if.score_below} is not above score.min {score.min}, so it "
            f"never holds: ask for more than {score.min}, or lower score.min"
        )
    return None


def _goal_hint(spec: LevelSpec, goal: Goal) -> str:
    """A goal that needs a gated service names the gate: bots never apply while it refuses,
    so the runs only say the service was not used."""
    service = next((s for s in spec.services if s.id == goal.met_if.used_service), None)
    if service is None or service.requires is None:
        return _GOAL_HINT
    needs = ", ".join(
        f"{key}: {_yaml_value(value)}"
        for key, value in service.requires.model_dump(exclude_none=True).items()
    )
    return f"service '{service.id}' is refused unless {needs}; make that reachable first"


def _yaml_value(value: object) -> str:
    return "[" + ", ".join(map(str, value)) + "]" if isinstance(value, list) else str(value)


def _perks(level: Level, reached: Reached, runs: str) -> Iterator[Finding]:
    spec = level.spec
    in_tiers = {p for t in spec.tiers for p in t.perks}
    granted = {p for _, e in effects(spec) for p in e.grant}
    for i, perk in enumerate(spec.perks):
        if perk.id not in in_tiers and perk.when is None and perk.id not in granted:
            yield Finding(
                Check.PERK_NEVER_GIVEN,
                perk.id,
                ("perks", i),
                f"perk '{perk.id}' is in no tier, has no 'if' and no effect grants it",
                f"list it under a tier's perks, or add grant: [{perk.id}] to an effect",
            )
        elif perk.id not in reached.perks:
            message = f"no strategy ever held perk '{perk.id}' {runs}"
            hint = _perk_hint(spec, perk, reached)
            yield Finding(Check.PERK_UNREACHED, perk.id, ("perks", i), message, hint)


def _perk_hint(spec: LevelSpec, perk: Perk, reached: Reached) -> str:
    """Where the perk comes from, so the designer knows what to make reachable."""
    tiers = [t.id for t in spec.tiers if perk.id in t.perks]
    unreached = [t for t in tiers if t not in reached.tiers]
    if tiers and unreached == tiers:
        names = " or ".join(f"'{t}'" for t in tiers)
        return f"it comes with tier {names}, which no strategy reached: make that reachable"
    if perk.when is not None:
        return "check that its 'if' can hold within the level's days"
    return "check that an effect granting it can happen"


def _never_offered(level: Level, reached: Reached, runs: str) -> Iterator[Finding]:
    """Items and posts nothing refers to and no bot was ever offered: dead content."""
    spec = level.spec
    used = referenced(spec)
    for collection, verb in (("items", "buy"), ("posts", "post")):
        for i, entry in enumerate(getattr(spec, collection)):
            if entry.id not in used and (verb, entry.id) not in reached.offered:
                yield Finding(
                    Check.NEVER_OFFERED,
                    entry.id,
                    (collection, i, "id"),
                    f"{collection[:-1]} '{entry.id}' is never offered {runs} and nothing refers to it",
                    "check its 'available' condition and price, or remove it",
                )
