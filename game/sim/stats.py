"""What a balance run measures: one summary per played episode, then shares per strategy.

Summaries are small plain data so worker processes can send them back cheaply and a
batch run compares equal to a sequential one.
"""

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from game.core.level import Level
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


def summarize(level: Level, strategy: str, episode: Episode) -> RunSummary:
    """Reduce an episode through its Outcome (the one reducer of what a run reached)."""
    o = episode.outcome
    goals = [g.id for g in level.spec.goals]
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
    )


def _first_day(day: int | None) -> int | None:
    """Held from the start counts as day 1 in the balance table."""
    return None if day is None else max(1, day)


@dataclass(frozen=True)
class StrategyStats:
    """Shares over all runs of one strategy, keyed by the level's ids in level order."""

    strategy: str
    runs: int
    score_percentiles: tuple[float, ...]
    tier_share: dict[str, float]
    perk_share: dict[str, float]
    restriction_share: dict[str, float]
    goal_share: dict[str, float]
    mean_first_restriction_day: float | None


def aggregate(level: Level, strategy: str, runs: Sequence[RunSummary]) -> StrategyStats:
    """Percentiles of the final score and the share of runs reaching or holding each thing."""
    n = len(runs)

    def share(ids: Sequence[str], held: str) -> dict[str, float]:
        return {i: sum(i in getattr(r, held) for r in runs) / n for i in ids}

    spec = level.spec
    days = [r.first_restriction_day for r in runs if r.first_restriction_day is not None]
    scores = np.array([r.final_score for r in runs], dtype=float)
    return StrategyStats(
        strategy=strategy,
        runs=n,
        score_percentiles=tuple(float(p) for p in np.percentile(scores, PERCENTILES)),
        tier_share=share([t.id for t in level.tiers], "tiers_reached"),
        perk_share=share([p.id for p in spec.perks], "perks_held"),
        restriction_share=share([r.id for r in spec.restrictions], "restrictions_held"),
        goal_share=share([g.id for g in spec.goals], "goals_met"),
        mean_first_restriction_day=sum(days) / len(days) if days else None,
    )


def format_table(stats: Sequence[StrategyStats]) -> str:
    """One column per strategy, one row per measure, aligned for a terminal."""
    if not stats:
        return ""
    rows: list[tuple[str, list[str]]] = [("runs", [str(s.runs) for s in stats])]
    for i, p in enumerate(PERCENTILES):
        rows.append((f"score p{p}", [f"{s.score_percentiles[i]:.0f}" for s in stats]))
    sections = (
        ("tier", "tier_share"),
        ("perk", "perk_share"),
        ("restriction", "restriction_share"),
        ("goal met", "goal_share"),
    )
    for label, attr in sections:
        for key in getattr(stats[0], attr):
            rows.append((f"{label} {key}", [f"{getattr(s, attr)[key]:.0%}" for s in stats]))
    rows.append(("first restriction day", [_day(s.mean_first_restriction_day) for s in stats]))
    header = ("", [s.strategy for s in stats])
    width = max(len(label) for label, _ in (header, *rows))
    cols = [max(len(r[1][c]) for r in (header, *rows)) for c in range(len(stats))]
    return "\n".join(
        "  ".join([label.ljust(width), *(v.rjust(w) for v, w in zip(values, cols, strict=True))])
        for label, values in (header, *rows)
    )


def _day(value: float | None) -> str:
    return "none" if value is None else f"{value:.1f}"


CSV_FIELDS = (
    "strategy",
    "seed",
    "final_score",
    "final_tier",
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
        "strategy": run.strategy,
        "seed": run.seed,
        "final_score": run.final_score,
        "final_tier": run.final_tier,
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
