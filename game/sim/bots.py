"""Bot strategies: each picks one of the allowed offers (`offers.allowed`), using only its own
generator. Values read the offer's tags, as the rules see that verb's target."""

from collections.abc import Callable, Sequence

import numpy as np

from game.core.actions import END_DAY, Action
from game.core.conditions import holds
from game.core.engine import step
from game.core.level import Level
from game.core.rules.action import ActionRule
from game.core.scoring import has_joined
from game.core.spec.story import Preference, Strategy
from game.core.verbs import Offer
from game.core.world import World

Chooser = Callable[[World, Sequence[Offer], np.random.Generator], Action]

_CRITICAL = frozenset({"critical", "dissent", "honest", "solidarity", "privacy"})


def static_delta(world: World, offer: Offer) -> int:
    """What the action rules that could fire now say this offer is worth."""
    return rule_values(world)(offer)


def rule_values(world: World) -> Callable[[Offer], int]:
    """`static_delta` for the offers of one world: whether a rule may fire is the same for
    every offer, so it is worked out once per rule, not once per offer."""
    level = world.level
    may_fire: dict[str, bool] = {}

    def value(offer: Offer) -> int:
        verb = offer.action.verb
        if verb in _UNRULED:
            return 20 if verb == "dispute" else 0
        total = 0
        for rule in matching_rules(level, offer):
            may = may_fire.get(rule.id)
            if may is None:
                may = may_fire[rule.id] = _may_fire(world, rule)
            if may:
                total += rule.delta
        return total

    return value


_UNRULED = frozenset({"end_day", "answer", "dispute"})


def matching_rules(level: Level, offer: Offer) -> tuple[ActionRule, ...]:
    """The action rules whose `when` this offer's action matches, worked out once per level
    (`Level.made`): what the offer is about never changes, only whether rules may fire."""
    action = offer.action
    key = ("rules", action.verb, action.target, offer.tags, offer.target_score)
    found = level.made.get(key)
    if isinstance(found, tuple):
        return found
    listening = level.action_rules.get(action.verb, ())
    rules = tuple(
        r for r in listening if r.when.matches_target(action.target, offer.tags, offer.target_score)
    )
    level.remember(key, rules)
    return rules


def _may_fire(world: World, rule: ActionRule) -> bool:
    """Enabled, within its limits, and its extra condition holds (as `firing.fire` checks)."""
    if rule.id not in world.enabled_rules or not holds(rule.when_also, world):
        return False
    if rule.max_times is not None and world.rule_fires.get(rule.id, 0) >= rule.max_times:
        return False
    return rule.per_day is None or world.fires_today.get(rule.id, 0) < rule.per_day


def _answer_first(offers: Sequence[Offer], pick: Callable[[list[Offer]], Offer]) -> Action | None:
    answers = [o for o in offers if o.action.verb == "answer"]
    return pick(answers).action if answers else None


def random_bot(world: World, offers: Sequence[Offer], rng: np.random.Generator) -> Action:
    """Any allowed offer, uniformly."""
    return offers[int(rng.integers(len(offers)))].action


def _best(
    offers: Sequence[Offer], value: Callable[[Offer], float], rng: np.random.Generator
) -> Action:
    """A uniformly drawn one of the best-valued offers (plain lists: a handful of values).
    A single best one takes no draw (a draw among one would not advance the generator)."""
    values = [value(o) for o in offers]
    top = max(values)
    best = [i for i, v in enumerate(values) if v == top]
    if len(best) == 1:
        return offers[best[0]].action
    return offers[best[int(rng.integers(len(best)))]].action


def conformist_bot(world: World, offers: Sequence[Offer], rng: np.random.Generator) -> Action:
    """Does what the rules reward; consents to everything; cuts low scorers."""
    answer = _answer_first(offers, lambda a: _default_option(world, a))
    if answer:
        return answer
    worth = rule_values(world)
    score = world.score

    def value(o: Offer) -> float:
        verb = o.action.verb
        if verb == "end_day":
            return 0.5
        if verb == "apply":
            return worth(o) + 2
        if verb == "help":
            return worth(o) - 5
        if verb == "unfriend" and (o.target_score or 0) < score:
            return worth(o) + 3
        return worth(o)

    return _best(offers, value, rng)


def dissident_bot(world: World, offers: Sequence[Offer], rng: np.random.Generator) -> Action:
    """Says what it thinks, refuses consent, stands by friends, ignores the score."""
    answer = _answer_first(offers, lambda a: _non_default_option(world, _staying_out(world, a)))
    if answer:
        return answer

    def value(o: Offer) -> float:
        verb = o.action.verb
        if verb == "end_day":
            return 0.5
        if verb in ("post", "share", "like") and o.tags & _CRITICAL:
            return 5
        if verb in ("help", "apply", "message"):
            return 3
        if verb == "unfriend" or "patriotic" in o.tags:
            return -5
        return float(rng.random())

    return _best(offers, value, rng)


def loyal_friend_bot(world: World, offers: Sequence[Offer], rng: np.random.Generator) -> Action:
    """Never drops a friend, helps whoever asks, otherwise plays like the random bot."""
    answer = _answer_first(offers, lambda a: _default_option(world, a))
    if answer:
        return answer
    order = {"help": 6, "apply": 4, "message": 3, "befriend": 2}
    options = [o for o in offers if o.action.verb != "unfriend"]

    def value(o: Offer) -> float:
        return order.get(o.action.verb, 0) + float(rng.random())

    return _best(options, value, rng)


MAX_LOOKAHEAD = 128
"""Offers the maximiser looks ahead at (one engine step each), per choice, at most."""
LOOKAHEAD_CHECKS = 1000
"""Action rules the maximiser's look-aheads may check, per choice, at most: a step checks
every action rule that listens to the offer's verb, so on a level where 200 rules listen to
`buy`, each buy costs 200 checks. The shipped levels need at most about 300 per choice."""


def lookahead_cost(level: Level, offer: Offer) -> int:
    """What looking ahead at an offer costs, in checks: one, plus the action rules that
    listen to its verb."""
    return 1 + len(level.action_rules.get(offer.action.verb, ()))


def lookahead_candidates(world: World, offers: Sequence[Offer]) -> list[Offer]:
    """The offers the maximiser looks ahead at, in the engine's order: every one while they
    are at most MAX_LOOKAHEAD and cost at most LOOKAHEAD_CHECKS (always so on the shipped
    levels, so its choices there are those of a full look-ahead); past that, ending the day
    and then the offers `static_delta` values most (applying for a service counted 3 more,
    as the maximiser counts it; ties in the engine's order) while both bounds hold."""
    level = world.level
    costs = [lookahead_cost(level, o) for o in offers]
    if len(offers) <= MAX_LOOKAHEAD and sum(costs) <= LOOKAHEAD_CHECKS:
        return list(offers)
    worth = rule_values(world)

    def rank(i: int) -> tuple[bool, float, int]:
        o = offers[i]
        gated = 3 if o.action.verb == "apply" else 0
        return o.action != END_DAY, -(worth(o) + gated), i

    kept: list[int] = []
    spent = 0
    for i in sorted(range(len(offers)), key=rank):
        if len(kept) == MAX_LOOKAHEAD:
            break
        if kept and spent + costs[i] > LOOKAHEAD_CHECKS:
            continue  # a cheaper offer further down may still fit
        kept.append(i)
        spent += costs[i]
    return [offers[i] for i in sorted(kept)]


def maximiser_bot(world: World, offers: Sequence[Offer], rng: np.random.Generator) -> Action:
    """Looks one action ahead with the real engine and takes the best projected score.

    Each look-ahead is a full engine step, so per choice it looks at MAX_LOOKAHEAD offers
    and LOOKAHEAD_CHECKS rule checks at most (`lookahead_candidates`): on a level at the
    list limits a run takes seconds rather than more than a minute, and on the shipped
    levels it still looks at every offer."""

    def projected(o: Offer) -> float:
        after, _ = step(world, o.action)
        if after is world:
            return -1e9
        pending = sum(p.delta for p in after.pending)
        gated = 3 if o.action.verb == "apply" else 0
        end = 0.5 if o.action == END_DAY else 0
        return after.score + pending + gated + end - world.score

    answers = [o for o in offers if o.action.verb == "answer"]
    return _best(answers or lookahead_candidates(world, offers), projected, rng)


def _default_option(world: World, answers: list[Offer]) -> Offer:
    for o in answers:
        if world.level.prompts[o.action.target].default == o.action.option:
            return o
    return answers[0]


def _staying_out(world: World, answers: list[Offer]) -> list[Offer]:
    """The answers that leave an opt-in score unjoined (the engine's answer, by taking each),
    when the player has not joined and some do; else all of them. Consent to be scored is
    given by joining, whichever answer is pre-ticked."""
    if world.level.spec.score.joined_if is None or has_joined(world):
        return answers
    out = [o for o in answers if not has_joined(step(world, o.action)[0])]
    return out or answers


def _non_default_option(world: World, answers: list[Offer]) -> Offer:
    for o in answers:
        if world.level.prompts[o.action.target].default != o.action.option:
            return o
    return answers[0]


def preference_weight(prefer: Preference, offer: Offer) -> float:
    """What a designer strategy says an offer is worth: the verb's weight, plus the target's id
    and tag weights (for any verb), plus those given for this verb alone; ending the day 0.5."""
    a = offer.action
    if a == END_DAY:
        return 0.5
    w = prefer.actions.get(a.verb, 0.0) + prefer.ids.get(a.target, 0.0)
    w += sum(prefer.tags.get(t, 0.0) for t in offer.tags)
    only = prefer.verbs.get(a.verb)
    if only is not None:
        w += only.ids.get(a.target, 0.0) + sum(only.tags.get(t, 0.0) for t in offer.tags)
    return w


def designer_bot(strategy: Strategy) -> Chooser:
    """A bot from a level's `strategies:` entry: weighted preferences over offers."""
    prefer = strategy.prefer

    def choose(world: World, offers: Sequence[Offer], rng: np.random.Generator) -> Action:
        for o in offers:
            a = o.action
            if a.verb == "answer" and strategy.answers.get(a.target) == a.option:
                return a
        answer = _answer_first(offers, lambda a: _default_option(world, a))
        if answer:
            return answer

        def weight(o: Offer) -> float:
            return preference_weight(prefer, o) + float(rng.random()) * 0.1

        return _best(offers, weight, rng)

    return choose


BUILT_IN: dict[str, Chooser] = {
    "random": random_bot,
    "conformist": conformist_bot,
    "dissident": dissident_bot,
    "loyal_friend": loyal_friend_bot,
    "maximiser": maximiser_bot,
}


def strategy_names(level: Level) -> list[str]:
    """Built-in strategies, then the level's own."""
    return [*BUILT_IN, *(s.id for s in level.spec.strategies)]


def chooser_for(level: Level, name: str) -> Chooser | None:
    """The bot called `name`, built in or defined by the level; None if unknown."""
    if name in BUILT_IN:
        return BUILT_IN[name]
    for strategy in level.spec.strategies:
        if strategy.id == name:
            return designer_bot(strategy)
    return None
