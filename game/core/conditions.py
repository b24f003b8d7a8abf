"""Evaluate a `Condition` against a world; each key is one small check."""

from collections.abc import Callable, Iterable
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
    "unfriended": lambda w, v: v in w.unfriended,
    "not_unfriended": lambda w, v: v not in w.unfriended,
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

READS: dict[str, tuple[str, ...]] = {
    "score_at_least": ("score",),
    "score_below": ("score",),
    "tier_in": ("tier",),
    "day_at_least": ("day",),
    "day_at_most": ("day",),
    "flag": ("flags",),
    "not_flag": ("flags",),
    "flags": ("flags",),
    "not_flags": ("flags",),
    "money_at_least": ("money",),
    "money_below": ("money",),
    "owns": ("owned",),
    "not_owns": ("owned",),
    "posted": ("posted",),
    "posted_tag": ("posted",),
    "not_posted_tag": ("posted",),
    "is_friend": ("friends",),
    "not_friend": ("friends",),
    "helped": ("helped",),
    "unfriended": ("unfriended",),
    "not_unfriended": ("unfriended",),
    "friends_at_least": ("friends",),
    "friends_mean_below": ("friends", "char_scores"),
    "friends_mean_at_least": ("friends", "char_scores"),
    "has_perk": ("perks",),
    "has_restriction": ("restrictions",),
    "used_service": ("used_services",),
    "answered": ("answers",),
    "chose": ("answers",),
    "actions_today_at_least": ("actions_today",),
}
"""The world fields each check reads (the level's own data aside), so a result that depends
only on conditions can be reused while those fields are unchanged."""


def reads(conditions: Iterable[Condition | None]) -> frozenset[str]:
    """Every world field these conditions read."""
    return frozenset(f for c in conditions if c is not None for k, _ in c.given for f in READS[k])


def holds(condition: Condition | None, world: Any) -> bool:
    """True when every key set in the condition holds (an absent condition always holds)."""
    if condition is None:
        return True
    for key, value in condition.given:  # noqa: SIM110 (all() over a generator is slower here)
        if not CHECKS[key](world, value):
            return False
    return True
