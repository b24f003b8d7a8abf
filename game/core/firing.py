"""Firing a rule: the checks every kind shares (enabled, limits, extra conditions)."""

from game.core import events as ev
from game.core.conditions import holds
from game.core.rules.action import Match
from game.core.rules.base import RuleBase
from game.core.scoring import change_score
from game.core.world import Draft


def fire(
    w: Draft, out: list[ev.Event], rule: RuleBase, cause: str, delta: int | None = None
) -> bool:
    """Apply a rule's change if it may fire now; True if it fired."""
    if rule.id not in w.enabled_rules:
        return False
    if rule.when_also is not None and not holds(rule.when_also, w):
        return False
    fired = w.rule_fires.get(rule.id, 0)
    if rule.max_times is not None and fired >= rule.max_times:
        return False
    per_day = rule.__dict__.get("per_day")  # pydantic's getattr miss is slow on other kinds
    if per_day is not None and w.fires_today.get(rule.id, 0) >= per_day:
        return False
    w.rule_fires[rule.id] = fired + 1
    w.fires_today[rule.id] = w.fires_today.get(rule.id, 0) + 1
    change_score(
        w,
        out,
        delta=rule.delta if delta is None else delta,
        factor=rule.factor,
        reason=rule.reason,
        rule_id=rule.id,
        evidence=rule.evidence.value,
        sources=rule.sources,
        cause=cause,
        disputable=rule.disputable,
    )
    return True


def fire_action_rules(w: Draft, out: list[ev.Event], match: Match, cause: str) -> None:
    """Fire every action rule listening to this action, and note it for streaks."""
    target, tags, score = match.target, match.tags, match.target_score
    for rule in w.level.action_rules.get(match.action, ()):  # rules listening to this verb
        if rule.when.matches_target(target, tags, score):
            fire(w, out, rule, cause)
    for streak in w.level.streak_rules:
        if streak.matches(match):
            days = w.match_days.get(streak.id, frozenset())
            w.match_days[streak.id] = days | {w.day}
