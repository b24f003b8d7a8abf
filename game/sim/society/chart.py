"""The society run's main curves as a PNG (matplotlib, Agg only, imported when called)."""

from collections.abc import Sequence
from typing import Any

import numpy as np

from game.core.level import Level
from game.sim.charts import png_of
from game.sim.society.result import SocietyResult

TIER_COLOURS = ("#b3261e", "#b8661c", "#8a8f3c", "#2f7d6d", "#3b4a6b", "#6a3d9a", "#1e7a46")
"""Tiers from the lowest, as the debrief's society view draws their dots (the lowest red), so
the chart and the view agree; each reads at least 3:1 on a light screen."""

FEW_POINTS = 10
"""A score with fewer points than this (The List: listed or not) is drawn as the share in each
tier: percentile bands of a score that is 0 or 1 say nothing."""


def few_points(level: Level) -> bool:
    """A score of a few points (The List: listed or not) is its tiers: no "low scores"."""
    score = level.spec.score
    return score.max - score.min + 1 < FEW_POINTS


STATUS = "status"
"""What a score of a few points (The List: listed or not) has instead of tiers, in the
sentences shared with the game's view: a list knows no tiers (its score is a 'status')."""


def tier_words(level: Level) -> tuple[str, str]:
    """How the society's sentences speak of a tier: ('tier', 'in each tier') on a score of
    many points; on a score of a few (The List), the level's own states ('status', 'Listed
    or Not listed'), since a level about a court list never speaks of tiers."""
    if not few_points(level):
        return "tier", "in each tier"
    labels = [t.label for t in level.tiers]
    states = labels[0] if len(labels) == 1 else f"{', '.join(labels[:-1])} or {labels[-1]}"
    return STATUS, states


def tier_labels(level: Level, result: SocietyResult, hide_scores: bool = False) -> list[str] | None:
    """The tier labels, in the result's tier order, when the first panel should show the
    share in each tier: for a class that saw no score numbers, or a score of few points."""
    if not hide_scores and not few_points(level):
        return None
    names = {t.id: t.label for t in level.spec.tiers}
    return [names[t] for t in result.tier_ids]


def level_png(
    level: Level, result: SocietyResult, title: str, tier_labels: Sequence[str] | None
) -> bytes:
    """`society_png` of a level's run, its scores and tiers named as the level names them."""
    return png_of(level_figure(level, result, title, tier_labels), "society")


def level_figure(
    level: Level, result: SocietyResult, title: str, tier_labels: Sequence[str] | None
) -> Any:
    """The figure `level_png` draws."""
    called = tier_words(level)[1]
    return society_figure(result, title, tier_labels, level.spec.score.decimals, called)


def society_png(
    result: SocietyResult,
    title: str,
    tier_labels: Sequence[str] | None = None,
    decimals: int = 0,
    tiers_called: str = "in each tier",
) -> bytes:
    """Four panels: score percentile bands, Gini, assortativity and critical speech by day.
    With `tier_labels` (one per tier, lowest first) the first panel shows the share of
    members (citizens, or firms) in each tier instead: for a class that saw tiers but never score numbers.
    `decimals` is the level's (`score.decimals`): scores read as the game shows them.
    `tiers_called` names that share in the panel's title (`tier_words`: a list level's
    states, "Listed or Not listed")."""
    figure = society_figure(result, title, tier_labels, decimals, tiers_called)
    return png_of(figure, "society")


def society_figure(
    result: SocietyResult,
    title: str,
    tier_labels: Sequence[str] | None = None,
    decimals: int = 0,
    tiers_called: str = "in each tier",
) -> Any:
    """The figure `society_png` draws, as a matplotlib Figure."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    with plt.rc_context(_PROJECTOR_FONTS):
        return _drawn(plt, result, title, tier_labels, decimals, tiers_called)


_PROJECTOR_FONTS: dict[Any, Any] = {
    "font.size": 15,
    "axes.titlesize": 16,
    "axes.labelsize": 15,
    "xtick.labelsize": 14,
    "ytick.labelsize": 14,
    "legend.fontsize": 14,
    "figure.titlesize": 17,
}
"""Text sizes that read on a projector (the class report shows this chart), about twice
matplotlib's smallest defaults at the chart's size: shown 1,024 pixels wide, the smallest
text is still 13 pixels high."""


def _drawn(
    plt: Any,
    result: SocietyResult,
    title: str,
    tier_labels: Sequence[str] | None,
    decimals: int,
    tiers_called: str,
) -> Any:
    from matplotlib.ticker import MaxNLocator

    days = np.arange(result.days + 1)
    who = result.members
    fig, axes = plt.subplots(2, 2, figsize=(11, 7), dpi=100, sharex=True)
    try:
        first, gini, assort, speech = axes.ravel()
        if tier_labels is None:
            _score_bands(first, days, result.percentiles, decimals, who.members)
        else:
            shares = f"{who.title} {tiers_called} (%)"
            _tier_shares(first, days, result.tier_share, tier_labels, shares)
        gini.plot(days, result.gini_score, label="scores")
        gini.plot(days, result.gini_income, label="incomes")
        gini.set_title("How unequal? (0: all equal)")
        gini.set_ylim(0, 1)
        gini.legend(loc="best")
        assort.plot(days, result.assortativity)
        assort.set_title(f"Do {who.members} only {who.know} their equals?")
        assort.set_ylabel("0: mixed, 1: only equals")
        assort.set_ylim(-0.1, 1)
        speech.plot(days, result.critical_share * 100)
        speech.set_title(f"{who.title} {who.critical} (%)")
        top = float(np.nanmax(result.critical_share, initial=0.0)) * 100
        speech.set_ylim(0, min(100.0, max(top * 1.15, 1.0)))  # room above the curve's peak
        for ax in (assort, speech):
            ax.set_xlabel("Day")
        speech.xaxis.set_major_locator(MaxNLocator(integer=True))  # whole days (axes shared)
        for ax in axes.ravel():
            ax.grid(alpha=0.3)
        fig.suptitle(f"{title}: {result.citizens:,} {who.members}")
        fig.tight_layout()
    except BaseException:
        plt.close(fig)
        raise
    return fig


def _score_bands(ax: Any, days: np.ndarray, p: np.ndarray, decimals: int, who: str) -> None:
    """The 10th to 90th, 25th to 75th and 50th percentiles, in words a class reads."""
    ax.fill_between(days, p[:, 0], p[:, 4], alpha=0.2, label="middle 8 in 10")
    ax.fill_between(days, p[:, 1], p[:, 3], alpha=0.35, label="middle half")
    ax.plot(days, p[:, 2], label="middle score")
    ax.set_title(f"Scores of {who}")
    _legend_below(ax, columns=3)
    if decimals:  # a Nosedive rating of 450 reads 4.50 in the game, so here too
        from matplotlib.ticker import FuncFormatter

        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v / 10**decimals:.{decimals}f}"))


def _tier_shares(
    ax: Any, days: np.ndarray, shares: np.ndarray, labels: Sequence[str], title: str
) -> None:
    colours = [TIER_COLOURS[min(k, len(TIER_COLOURS) - 1)] for k in range(len(labels))]
    ax.stackplot(days, shares.T * 100, labels=list(labels), colors=colours, alpha=0.85)
    ax.set_title(title)
    ax.set_ylim(0, 100)
    _legend_below(ax, columns=2)


def _legend_below(ax: Any, columns: int) -> None:
    """The panel's legend under it: bands and stacked shares fill the panel, so no corner
    inside is free of them."""
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.03), ncol=columns, fontsize=12)
