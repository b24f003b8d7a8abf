"""The measures of one society run, one entry per day (index 0 is the start)."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

import numpy as np

from game.core.spec.society import CITIZENS, SocietyWords
from game.sim.society.measures import PERCENTILES

CSV_VERSION = 1
"""Carried in the CSV's first column so readers can refuse a newer layout."""


@dataclass(frozen=True)
class SocietyResult:
    """Arrays per day, length days + 1: index 0 is the starting society, index d after day d."""

    level_id: str
    citizens: int
    seed: int
    score_min: int
    percentiles: np.ndarray
    """days+1 x 5: the 10th, 25th, 50th, 75th and 90th percentile score."""
    mean_score: np.ndarray
    tier_ids: tuple[str, ...]
    tier_share: np.ndarray
    """days+1 x tiers: share of citizens in each tier."""
    restriction_ids: tuple[str, ...]
    restriction_share: np.ndarray
    """days+1 x restrictions: share of citizens under each restriction."""
    gini_score: np.ndarray
    """Gini of score points above the range's minimum."""
    gini_income: np.ndarray
    assortativity: np.ndarray
    """Score assortativity of the network (1: people only know their equals)."""
    components: np.ndarray
    """Number of connected components (an isolated citizen counts as one)."""
    largest_component: np.ndarray
    """Share of citizens in the largest connected component."""
    critical_share: np.ndarray
    """Share of citizens posting something critical that day (day 0: the expected share)."""
    mobility: np.ndarray
    """Share of the bottom fifth after day 1 who are out of the bottom fifth that day."""
    conditioned: np.ndarray
    """Mean share of a citizen's habits given over to what the score rewards (0-1)."""
    members: SocietyWords = CITIZENS
    """How the level speaks of its society's members (citizens, firms)."""

    @property
    def days(self) -> int:
        return self.mean_score.size - 1

    def summary(self, decimals: int = 0) -> list[str]:
        """The end-of-run measures, one line each, for the command and the report; scores
        with the level's `decimals`, as the game shows them (a rating of 452 reads 4.52)."""
        d = self.days
        p = self.percentiles[d] / 10**decimals
        who = self.members.members
        lines = [
            f"{self.level_id}: {self.citizens} {who}, {d} day{'' if d == 1 else 's'}, seed {self.seed}",
            "score percentiles 10/25/50/75/90: " + " / ".join(f"{v:.{decimals}f}" for v in p),
            "tiers: " + _shares(self.tier_ids, self.tier_share[d]),
        ]
        if self.restriction_ids:
            lines.append("restricted: " + _shares(self.restriction_ids, self.restriction_share[d]))
        lines += [
            f"Gini of scores {self.gini_score[d]:.3f}, of incomes {self.gini_income[d]:.3f}",
            f"score assortativity {self.assortativity[0]:.3f} -> {self.assortativity[d]:.3f}",
            f"components {int(self.components[d])}, largest holds "
            f"{self.largest_component[d]:.1%} of {who}",
            f"{self.members.critical} {self.critical_share[0]:.1%} -> {self.critical_share[d]:.1%}",
            f"bottom fifth after day 1 who left it: {_pct(self.mobility[d])}",
        ]
        return lines

    def csv_text(self) -> str:
        """One row per day, with the format version in the first column."""
        tiers = [f"tier_{t}" for t in self.tier_ids]
        restricted = [f"restricted_{r}" for r in self.restriction_ids]
        fields = [
            "version",
            "day",
            *(f"p{q}" for q in PERCENTILES),
            "mean_score",
            *tiers,
            *restricted,
            "gini_score",
            "gini_income",
            "assortativity",
            "components",
            "largest_component",
            "critical_share",
            "mobility",
            "conditioned",
        ]
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(fields)
        for d in range(self.days + 1):
            row = [
                CSV_VERSION,
                d,
                *self.percentiles[d],
                self.mean_score[d],
                *self.tier_share[d],
                *self.restriction_share[d],
                self.gini_score[d],
                self.gini_income[d],
                self.assortativity[d],
                int(self.components[d]),
                self.largest_component[d],
                self.critical_share[d],
                self.mobility[d],
                self.conditioned[d],
            ]
            writer.writerow([_cell(v) for v in row])
        return buffer.getvalue()


def _cell(value: object) -> str:
    if isinstance(value, float | np.floating):
        return "" if np.isnan(value) else f"{float(value):.6g}"
    return str(value)


def _pct(value: float) -> str:
    return "n/a" if np.isnan(value) else f"{value:.1%}"


def _shares(ids: tuple[str, ...], shares: np.ndarray) -> str:
    return ", ".join(f"{i} {s:.1%}" for i, s in zip(ids, shares, strict=True))
