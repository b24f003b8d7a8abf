"""A level's rules compiled into the tables the population model reads every day.

Everything that depends only on a citizen's score (tier, restrictions, income change, lost
options, daily rules, the lines people cut ties across) becomes one array indexed by score
point, so a day costs one lookup per citizen whatever the level holds. Scored acts become
channels: one per distinct `when` of the level's action and streak rules, plus chance rules.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

import numpy as np

from game.core.level import Level
from game.core.rules import Rule
from game.core.rules.action import ActionRule, Match, When
from game.core.rules.association import AssociationRule
from game.core.rules.chance import ChanceRule
from game.core.rules.daily import DailyRule
from game.core.rules.friend_pull import FriendPullRule
from game.core.rules.streak import StreakRule
from game.core.spec.characters import Character
from game.core.spec.conditions import Condition
from game.core.spec.score import Perk, Restriction, Tier
from game.core.spec.society import MAX_SCORE_RANGE, Society

MAX_CHANNELS = 64
"""Acts and chance rules the model follows per citizen; a level with more is refused."""


class SocietyError(ValueError):
    """A level the population model cannot run; the message is one line for the user."""


@dataclass(frozen=True)
class Channel:
    """Something a citizen may do (or suffer) on a day, and what it does to the score."""

    label: str
    delta: float
    chance: float | None = None
    """Fixed daily chance (chance rules); None for acts, whose chance differs per citizen."""
    tags: tuple[str, ...] = ()
    critical: bool = False
    """Posting this is critical speech (the chilling-effect measure counts it)."""

    @property
    def learnable(self) -> bool:
        """An act the score rewards or punishes, so conditioning can shift it."""
        return self.chance is None and self.delta != 0


@dataclass(frozen=True)
class Association:
    """Per-friend effect: friends counted where `counts[score]` holds (and carrying the tag)."""

    counts: np.ndarray
    tag_share: float | None
    """Share of citizens carrying the rule's tags (from the level's cast); None without tags."""
    scale: float
    """Share of ties that have the rule's relation (from the level's cast); 1 without one."""
    delta: int
    max_people: int
    gate: np.ndarray
    """Whether the rule applies to a citizen at each score (its own `if` score keys)."""


@dataclass(frozen=True)
class Regime:
    """The level as the population model sees it."""

    low: int
    high: int
    society: Society
    channels: tuple[Channel, ...]
    tier_ids: tuple[str, ...]
    tier_of: np.ndarray
    restriction_ids: tuple[str, ...]
    restricted: np.ndarray
    """Restrictions x score points: held or not."""
    income_change: np.ndarray
    act_factor: np.ndarray
    """Share of a normal day's acts left to a citizen at each score (lost options)."""
    daily: np.ndarray
    band: np.ndarray
    pulls: tuple[tuple[float, int], ...]
    associations: tuple[Association, ...]
    start: int
    income: int

    @property
    def points(self) -> int:
        return self.high - self.low + 1


def compile_regime(level: Level) -> Regime:
    """Tables and channels for a level; SocietyError if the model cannot run it."""
    spec = level.spec
    low, high = spec.score.min, spec.score.max
    if high - low > MAX_SCORE_RANGE or high < low:
        raise SocietyError(
            f"{level.file}: the society model needs a score range of at most "
            f"{MAX_SCORE_RANGE} points (this level has {high - low})"
        )
    society = spec.society
    values = np.arange(low, high + 1)
    tiers = level.tiers
    tier_of = (np.searchsorted([t.min for t in tiers], values, side="right") - 1).clip(0)
    tier_ids = tuple(t.id for t in tiers)
    held = {p.id: _privilege_held(p, tier_of, tiers, values, tier_ids) for p in _privileges(level)}
    income_change = np.zeros(values.size, np.int64)  # several perks of 1e9 a day fit
    actions = np.zeros(values.size, np.int64)
    for privilege in _privileges(level):
        income_change += held[privilege.id] * privilege.income
        actions += held[privilege.id] * min(privilege.actions, 0)
    per_day = spec.player.actions_per_day
    return Regime(
        low=low,
        high=high,
        society=society,
        channels=_channels(level),
        tier_ids=tier_ids,
        tier_of=tier_of.astype(np.int16),
        restriction_ids=tuple(r.id for r in spec.restrictions),
        restricted=np.array([held[r.id] for r in spec.restrictions], bool).reshape(-1, values.size),
        income_change=income_change,
        act_factor=np.clip((per_day + actions) / per_day, 0, 1).astype(np.float32),
        daily=_daily(level, values, tier_of, tier_ids),
        band=_bands(level, values),
        pulls=tuple(
            (r.weight, r.max_step) for r in modelled_rules(level) if isinstance(r, FriendPullRule)
        ),
        associations=_associations(level, values, tier_of, tier_ids),
        start=spec.score.start if society.start is None else society.start,
        income=society.income if society.income is not None else spec.player.income,
    )


def modelled_rules(level: Level) -> list[Rule]:
    """The level's rules the population runs: all but those its `society.leave_out` names
    (rules about the player's own story, such as a bill only the player left unpaid)."""
    left_out = set(level.spec.society.leave_out)
    return [rule for rule in level.spec.rules if rule.id not in left_out]


def score_condition(
    condition: Condition | None,
    values: np.ndarray,
    tier_of: np.ndarray,
    tier_ids: tuple[str, ...],
) -> tuple[np.ndarray, bool]:
    """Where the condition's score keys hold, and whether it has any score key at all.

    Story keys (flags, days, items, friends) are taken as met: the society runs the regime
    in full force.
    """
    holds = np.ones(values.size, bool)
    if condition is None:
        return holds, False
    scored = False
    if condition.score_at_least is not None:
        holds &= values >= condition.score_at_least
        scored = True
    if condition.score_below is not None:
        holds &= values < condition.score_below
        scored = True
    if condition.tier_in is not None:
        holds &= np.isin(tier_of, [tier_ids.index(t) for t in condition.tier_in if t in tier_ids])
        scored = True
    return holds, scored


def _privileges(level: Level) -> list[Perk | Restriction]:
    return [*level.spec.perks, *level.spec.restrictions]


def _privilege_held(
    privilege: Perk | Restriction,
    tier_of: np.ndarray,
    tiers: tuple[Tier, ...],
    values: np.ndarray,
    tier_ids: tuple[str, ...],
) -> np.ndarray:
    """By tier, or by its own condition when that condition is about the score."""
    in_tier = np.array([privilege.id in (*t.perks, *t.restrictions) for t in tiers])
    held: np.ndarray = in_tier[tier_of]
    holds, scored = score_condition(privilege.when, values, tier_of, tier_ids)
    return held | holds if scored else held


def _daily(
    level: Level, values: np.ndarray, tier_of: np.ndarray, tier_ids: tuple[str, ...]
) -> np.ndarray:
    table = np.zeros(values.size, np.int32)
    for rule in modelled_rules(level):
        if isinstance(rule, DailyRule):
            holds, _ = score_condition(rule.when_also, values, tier_of, tier_ids)
            table += holds * rule.delta
    return table


def _bands(level: Level, values: np.ndarray) -> np.ndarray:
    """Lines the regime draws through the score: tier floors and association thresholds."""
    lines = {t.min for t in level.tiers[1:]}
    for rule in modelled_rules(level):
        if isinstance(rule, AssociationRule):
            lines.update(x for x in (rule.score_below, rule.score_at_least) if x is not None)
    band: np.ndarray = np.searchsorted(sorted(lines), values, side="right").astype(np.int16)
    return band


def _has_tag(tags: set[str], c: Character) -> bool:
    return bool(tags & set(c.tags))


def _is_relation(relation: str, c: Character) -> bool:
    return c.relation == relation


def _cast_share(level: Level, test: Callable[[Character], bool]) -> float:
    cast = level.spec.characters
    return sum(1 for c in cast if test(c)) / len(cast) if cast else 0.0


def _associations(
    level: Level, values: np.ndarray, tier_of: np.ndarray, tier_ids: tuple[str, ...]
) -> tuple[Association, ...]:
    out = []
    for rule in modelled_rules(level):
        if not isinstance(rule, AssociationRule):
            continue
        counts = np.ones(values.size, bool)
        if rule.score_below is not None:
            counts &= values < rule.score_below
        if rule.score_at_least is not None:
            counts &= values >= rule.score_at_least
        tags = set(rule.tags)
        tag_share = _cast_share(level, partial(_has_tag, tags)) if tags else None
        scale = 1.0
        if rule.relation is not None:
            scale = _cast_share(level, partial(_is_relation, rule.relation))
        gate, _ = score_condition(rule.when_also, values, tier_of, tier_ids)
        out.append(
            Association(
                counts, tag_share, scale, rule.delta, rule.max_people, gate.astype(np.int32)
            )
        )
    return tuple(out)


def _when_label(when: When) -> str:
    parts = [when.action.value, *when.ids, *when.tags]
    if when.target_score_below is not None:
        parts.append(f"(score < {when.target_score_below})")
    if when.target_score_at_least is not None:
        parts.append(f"(score >= {when.target_score_at_least})")
    return " ".join(parts)


def _channels(level: Level) -> tuple[Channel, ...]:
    """One channel per distinct `when` (deltas summed; a streak adds its bonus per day)."""
    groups: dict[str, tuple[When, float]] = {}
    for rule in modelled_rules(level):
        if isinstance(rule, ActionRule | StreakRule):
            share = rule.delta / rule.days if isinstance(rule, StreakRule) else rule.delta
            key = repr(rule.when)  # no serializer to build: the first frame of a view
            when, total = groups.get(key, (rule.when, 0.0))
            groups[key] = (when, total + share)
    critical = _critical_posts(level)
    acts = [
        Channel(_when_label(when), delta, tags=when.tags, critical=False)
        for when, delta in groups.values()
    ]
    hits = [_critical_hits(when, critical) for when, _ in groups.values()]
    if any(hits):
        best = max(range(len(acts)), key=lambda k: (hits[k], -acts[k].delta))
        acts[best] = Channel(
            acts[best].label, acts[best].delta, tags=acts[best].tags, critical=True
        )
    else:
        acts.append(Channel("post critical", 0.0, critical=True))
    days = level.spec.player.days
    for rule in modelled_rules(level):
        if isinstance(rule, ChanceRule):
            chance = rule.probability * level.spec.society.chance_scale
            if rule.max_times is not None:
                chance = min(chance, rule.max_times / days * level.spec.society.chance_scale)
            acts.append(Channel(f"chance {rule.id}", float(rule.delta), chance=chance))
    if len(acts) > MAX_CHANNELS:
        raise SocietyError(
            f"{level.file}: the society model follows at most {MAX_CHANNELS} kinds of act "
            f"(this level has {len(acts)})"
        )
    return tuple(acts)


def _critical_posts(level: Level) -> list[Match]:
    """The level's critical posts as post rules see them (tags plus tone)."""
    posts = (Match("post", p.id, frozenset((*p.tags, p.tone))) for p in level.spec.posts)
    return [m for m in posts if "critical" in m.tags]


def _critical_hits(when: When, posts: list[Match]) -> int:
    return sum(when.matches(m) for m in posts)
