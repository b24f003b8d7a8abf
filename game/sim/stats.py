"""What a balance run measures: one summary per played episode, then shares per strategy.

Summaries are small plain data so worker processes can send them back cheaply and a
batch run compares equal to a sequential one.
"""

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from game.core import events as ev
from game.core.level import Level
from game.core.outcome import Outcome
from game.sim.miss_reasons import OfferDays, miss_reason
from game.sim.runner import Episode

PERCENTILES = (10, 50, 90)


@dataclass(frozen=True)
class RunSummary:
    """One episode of one strategy, reduced to what the balance table and CSV need."""

    strategy: str
    seed: int
    final_score: int
    final_tier: str
    tiers_reached: frozenset[str]
    perks_held: frozenset[str]
    restrictions_held: frozenset[str]
    goals_met: tuple[str, ...]
    goals_failed: tuple[str, ...]
    first_restriction_day: int | None
    history: tuple[tuple[int, int], ...]
    actions: int
    rule_fires: tuple[tuple[str, int, int], ...] = ()
    """(rule or event id, times it changed the score, total change)."""
    chosen: tuple[str, ...] = ()
    """Each action taken, as "verb target" (ending the day left out)."""
    tier_days: tuple[tuple[str, int], ...] = ()
    """(tier id, the first day it was held; 0 from the start)."""
    goal_reasons: tuple[tuple[str, str], ...] = ()
    """(goal id, why it was missed) for each goal not met."""
    joined: bool = True
    """Whether the run had a score at the end (an opt-in score may never be joined)."""


def summarize(
    level: Level, strategy: str, episode: Episode, offered: OfferDays | None = None
) -> RunSummary:
    """Reduce an episode through its Outcome (the one reducer of what a run reached);
    `offered` is what the engine offered the bot, by day count (`batch.play_seeds`)."""
    o = episode.outcome
    goals = [g.id for g in level.spec.goals]
    missed = [g for g in level.spec.goals if g.id not in o.goals_met]
    return RunSummary(
        strategy=strategy,
        seed=episode.seed,
        final_score=o.final_score,
        final_tier=o.final_tier,
        tiers_reached=frozenset(o.tiers_reached),
        perks_held=frozenset(o.perks_gained),
        restrictions_held=frozenset(o.restrictions_applied),
        goals_met=tuple(g for g in goals if g in o.goals_met),
        goals_failed=tuple(g for g in goals if g not in o.goals_met),
        first_restriction_day=_first_day(o.first_restriction_day),
        history=o.path[1:],
        actions=len(episode.actions),
        rule_fires=tuple((r, n, total) for r, (n, total) in o.rule_fires.items()),
        chosen=_choice_labels(o, episode.events),
        tier_days=tuple(o.tiers_reached.items()),
        joined=o.joined,
        goal_reasons=tuple((g.id, miss_reason(g, o, episode.world, offered)) for g in missed),
    )


def _choice_labels(outcome: Outcome, events: Sequence[ev.Event]) -> tuple[str, ...]:
    """Each choice as 'verb target'. A dispute's target is the number of the score change
    it contests, which means nothing to a designer: it is named by the rule behind it."""
    changed_by = {str(e.change_id): e.rule_id for e in events if isinstance(e, ev.ScoreChanged)}
    return tuple(
        f"{c.action.verb} {changed_by.get(c.action.target, c.action.target)}"
        if c.action.verb == "dispute"
        else f"{c.action.verb} {c.action.target}".strip()
        for c in outcome.choices
    )


def _first_day(day: int | None) -> int | None:
    """Held from the start counts as day 1 in the balance table."""
    return None if day is None else max(1, day)


@dataclass(frozen=True)
class StrategyStats:
    """Shares over all runs of one strategy, keyed by the level's ids in level order."""

    strategy: str
    runs: int
    score_percentiles: tuple[float | None, ...]
    """Over the runs that had a score at the end (None when none had one)."""
    tier_share: dict[str, float]
    perk_share: dict[str, float]
    restriction_share: dict[str, float]
    goal_share: dict[str, float]
    first_restriction_day: float | None
    """Median day of the first restriction, over the runs that got one (1: from the start),
    a median like each tier's first day, so a tier's restriction shows the same day."""
    tier_first_day: dict[str, float | None] | None = None
    """Median first day each tier was held, over the runs that held it (0: from the start)."""
    rule_effects: dict[str, tuple[float, float]] | None = None
    """Rule id to (times it fired per run, score change per run), largest effect first."""
    top_choices: tuple[tuple[str, float], ...] = ()
    """The actions chosen most, with how often per run."""
    goal_misses: dict[str, tuple[float, str]] | None = None
    """Goal id to (share of runs missing it, the most common reason)."""
    joined_share: float | None = None
    """Share of runs that had a score at the end, for an opt-in score; None otherwise."""


def aggregate(level: Level, strategy: str, runs: Sequence[RunSummary]) -> StrategyStats:
    """Percentiles of the final score and the share of runs reaching or holding each thing."""
    n = len(runs)

    def share(ids: Sequence[str], held: str) -> dict[str, float]:
        return {i: sum(i in getattr(r, held) for r in runs) / n for i in ids}

    spec = level.spec
    days = [r.first_restriction_day for r in runs if r.first_restriction_day is not None]
    scores = np.array([r.final_score for r in runs if r.joined], dtype=float)
    cuts = np.percentile(scores, PERCENTILES) if scores.size else [None] * len(PERCENTILES)
    return StrategyStats(
        strategy=strategy,
        runs=n,
        score_percentiles=tuple(None if p is None else float(p) for p in cuts),
        tier_share=share([t.id for t in level.tiers], "tiers_reached"),
        perk_share=share([p.id for p in spec.perks], "perks_held"),
        restriction_share=share([r.id for r in spec.restrictions], "restrictions_held"),
        goal_share=share([g.id for g in spec.goals], "goals_met"),
        first_restriction_day=float(np.median(days)) if days else None,
        tier_first_day=_tier_days([t.id for t in level.tiers], runs),
        rule_effects=_rule_effects(runs),
        top_choices=_top_choices(runs),
        goal_misses=_goal_misses([g.id for g in spec.goals], runs),
        joined_share=sum(r.joined for r in runs) / n if spec.score.joined_if else None,
    )


TOP_CHOICES = 5
"""How many of the most chosen actions the explanation lists per strategy."""


def _tier_days(tiers: Sequence[str], runs: Sequence[RunSummary]) -> dict[str, float | None]:
    out: dict[str, float | None] = {}
    for tier in tiers:
        days = [day for r in runs for t, day in r.tier_days if t == tier]
        out[tier] = float(np.median(days)) if days else None
    return out


def _rule_effects(runs: Sequence[RunSummary]) -> dict[str, tuple[float, float]]:
    times: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    for r in runs:
        for rule, n, total in r.rule_fires:
            times[rule] += n
            totals[rule] += total
    n = len(runs)
    order = sorted(times, key=lambda rule: (-abs(totals[rule]), rule))
    return {rule: (times[rule] / n, totals[rule] / n) for rule in order}


def _top_choices(runs: Sequence[RunSummary]) -> tuple[tuple[str, float], ...]:
    counts = Counter(c for r in runs for c in r.chosen)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_CHOICES]
    return tuple((label, count / len(runs)) for label, count in ranked)


def _goal_misses(goals: Sequence[str], runs: Sequence[RunSummary]) -> dict[str, tuple[float, str]]:
    out = {}
    for goal in goals:
        reasons = Counter(why for r in runs for g, why in r.goal_reasons if g == goal)
        if reasons:
            reason, _ = sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0]))[0]
            out[goal] = (sum(reasons.values()) / len(runs), reason)
    return out


CSV_VERSION = 2
"""Carried in the CSV's first column so readers can refuse a newer layout (2: joined, and
no final_score for a run that never joined an opt-in score)."""
CSV_FIELDS = (
    "version",
    "strategy",
    "seed",
    "final_score",
    "final_tier",
    "joined",
    "goals_met",
    "goals_failed",
    "first_restriction_day",
    "tiers_reached",
    "perks_held",
    "restrictions_held",
    "actions",
)


def csv_row(run: RunSummary) -> dict[str, object]:
    """One CSV row; sets are sorted and joined with ';' so rows are stable across runs."""
    return {
        "version": CSV_VERSION,
        "strategy": run.strategy,
        "seed": run.seed,
        "final_score": run.final_score if run.joined else "",
        "final_tier": run.final_tier,
        "joined": int(run.joined),
        "goals_met": ";".join(run.goals_met),
        "goals_failed": ";".join(run.goals_failed),
        "first_restriction_day": ""
        if run.first_restriction_day is None
        else run.first_restriction_day,
        "tiers_reached": ";".join(sorted(run.tiers_reached)),
        "perks_held": ";".join(sorted(run.perks_held)),
        "restrictions_held": ";".join(sorted(run.restrictions_held)),
        "actions": run.actions,
    }
