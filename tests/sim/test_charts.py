"""The balance chart shows whole days and keeps strategies with the same median apart."""

from itertools import pairwise

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


def test_the_legend_sits_under_the_plot_not_over_it(all_features):
    fig = _figure(all_features)
    try:
        fig.canvas.draw()
        legend = fig.axes[0].get_legend().get_window_extent()
        plot = fig.axes[0].get_window_extent()
        assert legend.y1 <= plot.y0
    finally:
        plt.close(fig)


def _tier_names(fig) -> list:
    fig.canvas.draw()
    return [t for t in fig.axes[0].child_axes[0].get_yticklabels() if t.get_text()]


def test_each_tier_is_named_beside_the_plot_where_no_line_runs_over_it(all_features):
    fig = _figure(all_features)
    try:
        names = _tier_names(fig)
        plot = fig.axes[0].get_window_extent()
        shown = [t for t in all_features.tiers[1:] if t.min <= fig.axes[0].get_ylim()[1]]
        assert [n.get_text() for n in names] == [f"{t.label} from {t.min}" for t in shown]
        assert all(n.get_window_extent().x0 >= plot.x1 for n in names)
    finally:
        plt.close(fig)


def test_tiers_a_few_points_apart_keep_their_lines_but_not_overlapping_names(all_features):
    low = all_features.tiers[1].min
    tiers = [t.model_copy(update={"min": low + i}) for i, t in enumerate(all_features.tiers)]
    runs = {"conformist": play_seeds(all_features, "conformist", range(2))}
    fig = trajectories_figure("close tiers", runs, tiers * 3)
    try:
        boxes = [n.get_window_extent() for n in _tier_names(fig)]
        assert boxes and all(a.y1 <= b.y0 or b.y1 <= a.y0 for a, b in pairwise(boxes))
    finally:
        plt.close(fig)
