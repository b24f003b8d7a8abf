"""Bot strategies: each picks one of the offered actions, using only its own generator."""

from collections.abc import Callable, Sequence

import numpy as np

from game.core.actions import END_DAY, Action
from game.core.conditions import holds
from game.core.engine import step
from game.core.level import Level
from game.core.rules.action import ActionRule, Match
from game.core.spec.story import Strategy
from game.core.world import World

Chooser = Callable[[World, Sequence[Action], np.random.Generator], Action]

_NO_TAGS: frozenset[str] = frozenset()
_CRITICAL = frozenset({"critical", "dissent", "honest", "solidarity", "privacy"})


def target_tags(world: World, action: Action) -> frozenset[str]:
    """The tags of what an action is about, as rules would see them."""
    return world.level.target_tags.get(action.target, _NO_TAGS)


def static_delta(world: World, action: Action) -> int:
    """What the action rules that could fire now say this action is worth."""
    if action.verb in ("end_day", "answer", "dispute"):
        return 20 if action.verb == "dispute" else 0
    rules = [
        r for r in world.level.action_rules.get(action.verb, ()) if r.id in world.enabled_rules
    ]
    if not rules:
        return 0
    needs_score = any(
        r.when.target_score_below is not None or r.when.target_score_at_least is not None
        for r in rules
    )
    score = _target_score(world, action) if needs_score else None
    match = Match(action.verb, action.target, target_tags(world, action), score)
    return sum(r.delta for r in rules if r.matches(match) and _may_fire(world, r))


def _target_score(world: World, action: Action) -> int | None:
    """The score rules see: a character's own, or a feed post's author's."""
    level = world.level
    post = level.feed.get(action.target) if action.verb in ("like", "share") else None
    person = post.author if post is not None else action.target
    return world.char_score(person) if person in level.characters else None


def _may_fire(world: World, rule: ActionRule) -> bool:
    """Enabled, within its limits, and its extra condition holds (as `firing.fire` checks)."""
    if rule.id not in world.enabled_rules or not holds(rule.when_also, world):
        return False
    if rule.max_times is not None and world.rule_fires.get(rule.id, 0) >= rule.max_times:
        return False
    return rule.per_day is None or world.fires_today.get(rule.id, 0) < rule.per_day


def _answer_first(
    world: World, actions: Sequence[Action], pick: Callable[[list[Action]], Action]
) -> Action | None:
    answers = [a for a in actions if a.verb == "answer"]
    return pick(answers) if answers else None


def random_bot(world: World, actions: Sequence[Action], rng: np.random.Generator) -> Action:
    """Any offered action, uniformly."""
    return actions[int(rng.integers(len(actions)))]


def _best(
    actions: Sequence[Action], value: Callable[[Action], float], rng: np.random.Generator
) -> Action:
    """A uniformly drawn one of the best-valued actions (plain lists: a handful of values)."""
    values = [value(a) for a in actions]
    top = max(values)
    best = [i for i, v in enumerate(values) if v == top]
    return actions[best[int(rng.integers(len(best)))]]


def conformist_bot(world: World, actions: Sequence[Action], rng: np.random.Generator) -> Action:
    """Does what the rules reward; consents to everything; cuts low scorers."""
    answer = _answer_first(world, actions, lambda a: _default_option(world, a))
    if answer:
        return answer

    def value(a: Action) -> float:
        if a.verb == "end_day":
            return 0.5
        bonus = 2 if a.verb == "apply" else 0
        if a.verb == "unfriend" and world.char_score(a.target) < world.score:
            bonus += 3
        return static_delta(world, a) + bonus - (5 if a.verb == "help" else 0)

    return _best(actions, value, rng)


def dissident_bot(world: World, actions: Sequence[Action], rng: np.random.Generator) -> Action:
    """Says what it thinks, refuses consent, stands by friends, ignores the score."""
    answer = _answer_first(world, actions, lambda a: _non_default_option(world, a))
    if answer:
        return answer

    def value(a: Action) -> float:
        tags = target_tags(world, a)
        if a.verb == "end_day":
            return 0.5
        if a.verb in ("post", "share", "like") and tags & _CRITICAL:
            return 5
        if a.verb in ("help", "apply", "message"):
            return 3
        if a.verb == "unfriend" or "patriotic" in tags:
            return -5
        return float(rng.random())

    return _best(actions, value, rng)


def loyal_friend_bot(world: World, actions: Sequence[Action], rng: np.random.Generator) -> Action:
    """Never drops a friend, helps whoever asks, otherwise plays like the random bot."""
    answer = _answer_first(world, actions, lambda a: _default_option(world, a))
    if answer:
        return answer
    order = {"help": 6, "apply": 4, "message": 3, "befriend": 2}
    options = [a for a in actions if a.verb != "unfriend"]

    def value(a: Action) -> float:
        return order.get(a.verb, 0) + float(rng.random())

    return _best(options, value, rng)


def maximiser_bot(world: World, actions: Sequence[Action], rng: np.random.Generator) -> Action:
    """Looks one action ahead with the real engine and takes the best projected score."""

    def projected(a: Action) -> float:
        after, _ = step(world, a)
        if after is world:
            return -1e9
        pending = sum(p.delta for p in after.pending)
        gated = 3 if a.verb == "apply" else 0
        return after.score + pending + gated + (0.5 if a == END_DAY else 0) - world.score

    answers = [a for a in actions if a.verb == "answer"]
    return _best(answers or list(actions), projected, rng)


def _default_option(world: World, answers: list[Action]) -> Action:
    for a in answers:
        if world.level.prompts[a.target].default == a.option:
            return a
    return answers[0]


def _non_default_option(world: World, answers: list[Action]) -> Action:
    for a in answers:
        if world.level.prompts[a.target].default != a.option:
            return a
    return answers[0]


def designer_bot(strategy: Strategy) -> Chooser:
    """A bot from a level's `strategies:` entry: weighted preferences over actions."""
    prefer = strategy.prefer

    def choose(world: World, actions: Sequence[Action], rng: np.random.Generator) -> Action:
        for a in actions:
            if a.verb == "answer" and strategy.answers.get(a.target) == a.option:
                return a
        answer = _answer_first(world, actions, lambda a: _default_option(world, a))
        if answer:
            return answer

        def weight(a: Action) -> float:
            w = prefer.actions.get(a.verb, 0.0) + prefer.ids.get(a.target, 0.0)
            w += sum(prefer.tags.get(t, 0.0) for t in target_tags(world, a))
            return w + (0.5 if a == END_DAY else 0.0) + float(rng.random()) * 0.1

        return _best(actions, weight, rng)

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
