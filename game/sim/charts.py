"""Score trajectories as percentile bands, one colour per strategy (matplotlib, Agg only).

matplotlib is imported inside the function: the engine, the game and the other commands
never pay for it.
"""

import io
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from game.core.spec.score import Tier
from game.sim.stats import RunSummary


def trajectory_bands(runs: Sequence[RunSummary]) -> tuple[np.ndarray, np.ndarray]:
    """Days, and the 10th, 50th and 90th percentile score at each day's end (3 x days)."""
    days = sorted({day for r in runs for day, _ in r.history})
    index = {day: i for i, day in enumerate(days)}
    grid = np.full((len(runs), len(days)), np.nan)
    for row, run in enumerate(runs):
        for day, score in run.history:
            grid[row, index[day]] = score
    return np.array(days), np.nanpercentile(grid, (10, 50, 90), axis=0)


def trajectories_png(
    level_title: str, results: Mapping[str, Sequence[RunSummary]], tiers: Sequence[Tier] = ()
) -> bytes:
    """A PNG (bytes, for the caller's atomic writer): a 10-90 band and a median per strategy,
    over dashed lines at each tier's lowest score, labelled with the tier."""
    return png_of(trajectories_figure(level_title, results, tiers), "simulate")


CHART_VERSION = 1
"""Written into every chart's PNG text (Software), as other files carry their version."""


def png_of(fig: Any, kind: str) -> bytes:
    """A figure as PNG bytes (for the caller's atomic writer), naming what made it and its
    version; the figure is closed after."""
    import matplotlib.pyplot as plt  # after the figure chose the Agg backend

    try:
        buffer = io.BytesIO()
        software = f"citizen-score {kind} chart {CHART_VERSION}"
        fig.savefig(buffer, format="png", metadata={"Software": software})
        return buffer.getvalue()
    finally:
        plt.close(fig)


LINE_STYLES = ("-", "--", ":", "-.")
"""With widths that shrink, strategies whose medians coincide (a conformist and a maximiser
often do) stay visible: the later, thinner line runs inside the earlier one."""


def _tier_names(ax: Any, tiers: Sequence[Tier]) -> None:
    """Each tier's name at its dashed line, on the right outside the plot, where no strategy's
    line or band can run over it."""
    low, high = ax.get_ylim()
    points = ax.figure.get_figheight() * 72 * ax.get_position().height  # the plot's height
    gap = (high - low) * 11 / max(points, 1.0)  # a name's height (8-point text), in score
    named: list[Tier] = []
    for tier in sorted(tiers, key=lambda t: t.min):
        if low <= tier.min <= high and (not named or tier.min - named[-1].min >= gap):
            named.append(tier)  # a tier too close to the one below keeps its line, unnamed
    side = ax.secondary_yaxis("right")
    side.set_yticks([t.min for t in named], [f"{t.label} from {t.min}" for t in named])
    side.tick_params(labelsize=8, colors="0.3", length=0)


def trajectories_figure(
    level_title: str, results: Mapping[str, Sequence[RunSummary]], tiers: Sequence[Tier] = ()
) -> Any:
    """The chart as a matplotlib Figure: whole days on the x axis, one colour and dash per
    strategy, the legend under the plot and the tier names beside it, so neither covers a band."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    fig, ax = plt.subplots(figsize=(10, 5.5), dpi=100)
    try:
        for i, (name, runs) in enumerate(results.items()):
            days, (low, mid, high) = trajectory_bands(runs)
            style = LINE_STYLES[i % len(LINE_STYLES)]
            width = max(1.0, 4.0 - 0.5 * i)  # each line thinner than those drawn under it
            (line,) = ax.plot(days, mid, linestyle=style, linewidth=width, label=f"{name} (median)")
            ax.fill_between(days, low, high, color=line.get_color(), alpha=0.2)
        for tier in tiers[1:]:
            ax.axhline(tier.min, color="0.4", linestyle="--", linewidth=0.8)
        _tier_names(ax, tiers[1:])
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_xlabel("Day")
        ax.set_ylabel("Score at day's end")
        ax.set_title(f"{level_title}: score by strategy (bands: 10th-90th percentile)")
        columns = min(4, max(1, len(results)))
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.13), ncol=columns, fontsize=9)
        ax.grid(alpha=0.3)
        fig.tight_layout()
    except BaseException:
        plt.close(fig)
        raise
    return fig
