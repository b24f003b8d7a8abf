"""Score changes, cadence, tiers, perks and restrictions: the only code that moves a score."""

from game.core import events as ev
from game.core.conditions import holds
from game.core.spec.score import Perk, Restriction
from game.core.world import Draft, PendingChange, World


def change_score(
    w: Draft,
    out: list[ev.Event],
    *,
    delta: int,
    factor: str | None,
    reason: str,
    rule_id: str,
    evidence: str,
    sources: tuple[str, ...],
    cause: str,
    disputable: bool = False,
    due: int = 0,
) -> None:
    """Decide a change; it lands now or at the regime's next update, per the cadence, or on
    the evening of day `due` when that is later than today."""
    if delta == 0:
        return
    factor = factor or w.level.default_factor
    due = due if due > w.day else 0
    if not due and w.level.instant:
        _land(w, out, delta, factor, reason, rule_id, evidence, tuple(sources), cause, disputable)
        return
    change = PendingChange(
        w.day, delta, factor, reason, rule_id, evidence, tuple(sources), cause, disputable, due
    )
    w.pending = (*w.pending, change)


def land_pending(w: Draft, out: list[ev.Event], *, scheduled_only: bool = False) -> None:
    """Apply every change waiting for the evening (or weekly) update, except those scheduled
    for a later evening; `scheduled_only` lands just the scheduled ones now due."""
    if not w.pending or (scheduled_only and not any(c.due for c in w.pending)):
        return
    keep = tuple(c for c in w.pending if c.due > w.day or (scheduled_only and not c.due))
    landing = [c for c in w.pending if c not in keep]
    w.pending = keep
    for c in landing:
        _land(
            w,
            out,
            c.delta,
            c.factor,
            c.reason,
            c.rule_id,
            c.evidence,
            c.sources,
            c.cause,
            c.disputable,
        )


def decided_by(before: World, after: World) -> tuple[PendingChange, ...]:
    """The changes one step decided for a later update: those added to the waiting list (in
    the day it only grows; an evening that lands it decides nothing new here)."""
    old, now = before.pending, after.pending
    return now[len(old) :] if now[: len(old)] == old else ()


def update_due(w: Draft) -> bool:
    """True on evenings when a daily or weekly regime publishes its update."""
    cadence = w.level.spec.score.update
    last_day = w.day >= w.level.spec.player.days
    return cadence == "daily" or last_day or (cadence == "weekly" and w.day % 7 == 0)


def _land(
    w: Draft,
    out: list[ev.Event],
    delta: int,
    factor: str,
    reason: str,
    rule_id: str,
    evidence: str,
    sources: tuple[str, ...],
    cause: str,
    disputable: bool,
) -> None:
    """Apply a decided change (a PendingChange's fields: an instant one never becomes one)."""
    spec = w.level.spec.score
    before = w.score
    w.score = max(spec.min, min(spec.max, before + delta))
    applied = w.score - before
    if applied == 0:
        return
    w.factors[factor] = w.factors.get(factor, 0) + applied
    change_id = w.next_change_id
    w.next_change_id += 1
    if disputable:
        w.disputable[change_id] = (rule_id, applied, factor)
    out.append(
        ev.ScoreChanged(
            w.day,
            applied,
            factor,
            reason,
            rule_id,
            w.level.source_of(rule_id),
            evidence,
            sources,
            w.score,
            cause,
            change_id,
            disputable,
        )
    )
    refresh(w, out)


def refresh(w: Draft, out: list[ev.Event]) -> None:
    """Recompute tier, perks and restrictions and report what changed.

    Runs after every score change, so the usual case (nothing changed) skips the diffing.
    """
    level = w.level
    tier = level.tier_for(w.score).id
    if tier != w.tier:
        if w.tier:
            out.append(ev.TierChanged(w.day, w.tier, tier))
        w.tier = tier
    perks, restrictions = _holdings(w, tier)
    if perks != w.perks:
        _report_changes(out, w.day, w.perks, perks, ev.PerkGranted, ev.PerkLost)
        w.perks = perks
    if restrictions != w.restrictions:
        _report_changes(
            out, w.day, w.restrictions, restrictions, ev.RestrictionApplied, ev.RestrictionLifted
        )
        w.restrictions = restrictions


_FEW_VALUES = frozenset(
    {
        "tier",
        "day",
        "flags",
        "perks",
        "restrictions",
        "used_services",
        "helped",
        "unfriended",
        "friends",
    }
)
"""World fields that are hashable and take few values in a level: a key made of them finds
the perks and restrictions held again instead of re-checking every condition."""


def _holdings(w: Draft, tier: str) -> tuple[frozenset[str], frozenset[str]]:
    """(perks, restrictions) held now, reused (`Level.made`) when the same tier, effects and
    condition inputs come back: `refresh` runs after every score change."""
    level = w.level
    fields = level.condition_fields
    key = None
    if _FEW_VALUES.issuperset(fields):
        key = ("held", tier, w.granted, w.imposed, *[getattr(w, f) for f in fields])
        found = level.made.get(key)
        if isinstance(found, tuple):
            return found
    perks = _held(level.tier_perks[tier], w.granted, level.conditional_perks, w)
    restrictions = _held(
        level.tier_restrictions[tier], w.imposed, level.conditional_restrictions, w
    )
    if key is not None:
        level.remember(key, (perks, restrictions))
    return perks, restrictions


def _held(
    by_tier: frozenset[str],
    given: frozenset[str],
    conditional: tuple[Perk, ...] | tuple[Restriction, ...],
    w: Draft,
) -> frozenset[str]:
    """What the tier brings, what effects gave, and what is held while its condition holds."""
    held = by_tier | given if given else by_tier
    extra = [c.id for c in conditional if holds(c.when, w)]
    return held.union(extra) if extra else held


def _report_changes(
    out: list[ev.Event],
    day: int,
    old: frozenset[str],
    new: frozenset[str],
    gained: type,
    lost: type,
) -> None:
    """Events for what was added, then what was removed, each in id order (stable replays)."""
    out.extend(gained(day, ident) for ident in sorted(new - old))
    out.extend(lost(day, ident) for ident in sorted(old - new))


def daily_modifiers(w: World | Draft) -> tuple[int, int]:
    """(extra actions, extra income) from the perks and restrictions now held."""
    key = ("modifiers", w.perks, w.restrictions)  # twice a day, from a few sets held
    level = w.level
    found = level.made.get(key)
    if isinstance(found, tuple):
        return found
    held = [level.perks[p] for p in w.perks] + [level.restrictions[r] for r in w.restrictions]
    modifiers = sum(h.actions for h in held), sum(h.income for h in held)
    level.remember(key, modifiers)
    return modifiers


def morning_actions(w: World | Draft) -> int:
    """The actions a morning gives: the level's daily count with the perks' and restrictions'
    changes, at least one."""
    extra, _ = daily_modifiers(w)
    return max(1, w.level.spec.player.actions_per_day + extra)


def has_joined(w: World | Draft) -> bool:
    """Whether the player has a score yet: an opt-in regime (`score.joined_if`) gives none
    until they join; every other regime scores them from day 1."""
    return holds(w.level.spec.score.joined_if, w)


def worst_factors(w: World | Draft, n: int = 2) -> list[str]:
    """The factors that cost the most so far, for adverse-action notices."""
    worst = [(v, k) for k, v in w.factors.items() if v < 0]
    if not worst:
        return []
    worst.sort()
    labels = w.level.factor_labels
    return [labels.get(k, k) for _, k in worst[:n]]
