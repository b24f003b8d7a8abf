"""The society chart: score bands by default, tier shares for a class that saw no numbers."""

import pytest

from game.core.content.loader import load_level
from game.paths import PROJECT_ROOT
from game.sim.society.chart import society_figure, society_png
from game.sim.society.model import run_society


@pytest.fixture(scope="module")
def plt():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot

    return matplotlib.pyplot


@pytest.fixture(scope="module")
def result():
    level = load_level(PROJECT_ROOT / "levels" / "citizen_score_2020.yaml").level
    return run_society(level, 300, 6, seed=2)


def test_the_first_panel_shows_score_bands_by_default(plt, result):
    fig = society_figure(plt, result, "Town")
    try:
        first = fig.axes[0]
        assert first.get_title() == "Scores"
        assert first.get_ylim()[1] > 100  # score numbers on the axis
    finally:
        plt.close(fig)


def test_with_tier_labels_the_first_panel_shows_each_tiers_share_and_no_scores(plt, result):
    labels = [f"Tier {t}" for t in result.tier_ids]
    fig = society_figure(plt, result, "Town", labels)
    try:
        first = fig.axes[0]
        assert first.get_title() == "Citizens in each tier (%)"
        assert first.get_ylim() == (0, 100)
        assert [t.get_text() for t in first.get_legend().get_texts()] == labels
    finally:
        plt.close(fig)


def test_the_chart_is_a_png(result):
    assert society_png(result, "Town", ["a"] * len(result.tier_ids)).startswith(b"\x89PNG")
