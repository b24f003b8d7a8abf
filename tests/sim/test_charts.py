"""The balance chart shows whole days and keeps strategies with the same median apart."""

import matplotlib.pyplot as plt

from game.sim.batch import play_seeds
from game.sim.charts import trajectories_figure


def _figure(level):
    runs = {name: play_seeds(level, name, range(4)) for name in ("conformist", "maximiser")}
    return trajectories_figure(level.spec.meta.title, runs, level.tiers)


def test_the_chart_marks_only_whole_days(all_features):
    fig = _figure(all_features)
    try:
        ticks = [t for t in fig.axes[0].get_xticks() if fig.axes[0].get_xlim()[0] <= t]
        assert ticks and all(float(t).is_integer() for t in ticks)
    finally:
        plt.close(fig)


def test_two_strategies_with_the_same_median_are_drawn_apart(all_features):
    fig = _figure(all_features)
    try:
        lines = [line for line in fig.axes[0].get_lines() if "median" in str(line.get_label())]
        looks = {(line.get_linestyle(), line.get_linewidth()) for line in lines}
        assert len(lines) == 2 and len(looks) == 2
        assert lines[0].get_linewidth() > lines[1].get_linewidth()  # the later runs inside
    finally:
        plt.close(fig)


def test_the_legend_sits_beside_the_plot_not_over_it(all_features):
    fig = _figure(all_features)
    try:
        fig.canvas.draw()
        legend = fig.axes[0].get_legend().get_window_extent()
        plot = fig.axes[0].get_window_extent()
        assert legend.x0 >= plot.x1
    finally:
        plt.close(fig)
