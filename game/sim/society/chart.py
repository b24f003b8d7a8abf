"""The society run's main curves as a PNG (matplotlib, Agg only, imported when called)."""

import io

import numpy as np

from game.sim.society.result import SocietyResult


def society_png(result: SocietyResult, title: str) -> bytes:
    """Four panels: score percentile bands, Gini, assortativity and critical speech by day."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    days = np.arange(result.days + 1)
    fig, axes = plt.subplots(2, 2, figsize=(11, 7), dpi=100, sharex=True)
    try:
        bands, gini, assort, speech = axes.ravel()
        p = result.percentiles
        bands.fill_between(days, p[:, 0], p[:, 4], alpha=0.2, label="10th-90th percentile")
        bands.fill_between(days, p[:, 1], p[:, 3], alpha=0.35, label="25th-75th percentile")
        bands.plot(days, p[:, 2], label="median")
        bands.set_title("Scores")
        bands.legend(loc="best", fontsize=8)
        gini.plot(days, result.gini_score, label="scores")
        gini.plot(days, result.gini_income, label="incomes")
        gini.set_title("Inequality (Gini, 0 = equal)")
        gini.set_ylim(0, 1)
        gini.legend(loc="best", fontsize=8)
        assort.plot(days, result.assortativity)
        assort.set_title("Do people only know their equals? (score assortativity)")
        assort.set_ylim(-0.1, 1)
        speech.plot(days, result.critical_share * 100)
        speech.set_title("Citizens posting something critical (%)")
        speech.set_ylim(bottom=0)
        for ax in (assort, speech):
            ax.set_xlabel("Day")
        for ax in axes.ravel():
            ax.grid(alpha=0.3)
        fig.suptitle(f"{title}: {result.citizens} citizens, seed {result.seed}")
        fig.tight_layout()
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png")
        return buffer.getvalue()
    finally:
        plt.close(fig)
