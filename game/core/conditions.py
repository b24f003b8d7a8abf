"""Evaluate a `Condition` against a world; each key is one small check."""

from collections.abc import Callable
from typing import Any

from game.core.spec.conditions import Condition


def _friends_mean(w: Any) -> float | None:
    if not w.friends:
        return None
    total: float = sum(w.char_score(c) for c in w.friends)
    return total / len(w.friends)


def _post_tags(w: Any) -> set[str]:
    tags = w.level.post_tags
    return {t for p in w.posted for t in tags[p]}


CHECKS: dict[str, Callable[[Any, Any], bool]] = {
    "score_at_least": lambda w, v: w.score >= v,
    "score_below": lambda w, v: w.score < v,
    "tier_in": lambda w, v: w.tier in v,
    "day_at_least": lambda w, v: w.day >= v,
    "day_at_most": lambda w, v: w.day <= v,
    "flag": lambda w, v: v in w.flags,
    "not_flag": lambda w, v: v not in w.flags,
    "flags": lambda w, v: w.flags.issuperset(v),
    "not_flags": lambda w, v: w.flags.isdisjoint(v),
    "money_at_least": lambda w, v: w.money >= v,
    "money_below": lambda w, v: w.money < v,
    "owns": lambda w, v: w.owned.get(v, 0) > 0,
    "not_owns": lambda w, v: w.owned.get(v, 0) == 0,
    "posted": lambda w, v: v in w.posted,
    "posted_tag": lambda w, v: v in _post_tags(w),
    "not_posted_tag": lambda w, v: v not in _post_tags(w),
    "is_friend": lambda w, v: v in w.friends,
    "not_friend": lambda w, v: v not in w.friends,
    "helped": lambda w, v: v in w.helped,
    "friends_at_least": lambda w, v: len(w.friends) >= v,
    "friends_mean_below": lambda w, v: (m := _friends_mean(w)) is not None and m < v,
    "friends_mean_at_least": lambda w, v: (m := _friends_mean(w)) is not None and m >= v,
    "has_perk": lambda w, v: v in w.perks,
    "has_restriction": lambda w, v: v in w.restrictions,
    "used_service": lambda w, v: v in w.used_services,
    "answered": lambda w, v: v in w.answers,
    "chose": lambda w, v: v in w.answers.values(),
    "actions_today_at_least": lambda w, v: w.actions_today >= v,
}


def holds(condition: Condition | None, world: Any) -> bool:
    """True when every key set in the condition holds (an absent condition always holds)."""
    if condition is None:
        return True
    for key, value in condition.given:  # noqa: SIM110 (all() over a generator is slower here)
        if not CHECKS[key](world, value):
            return False
    return True
