"""The society chart: score bands by default, tier shares for a class that saw no numbers."""

import pytest

from game.core.content.loader import load_level
from game.paths import PROJECT_ROOT
from game.sim.society.chart import society_figure, society_png
from game.sim.society.model import run_society


@pytest.fixture(scope="module")
def result():
    level = load_level(PROJECT_ROOT / "levels" / "citizen_score_2020.yaml").level
    return run_society(level, 300, 6, seed=2)


def first_panel(result, labels=None):
    """The first panel's title, y range and legend texts (the figure is closed after)."""
    fig = society_figure(result, "Town", labels)
    try:
        ax = fig.axes[0]
        return ax.get_title(), ax.get_ylim(), [t.get_text() for t in ax.get_legend().get_texts()]
    finally:
        import matplotlib.pyplot as plt

        plt.close(fig)


def test_the_first_panel_shows_score_bands_by_default(result):
    title, (_, top), _ = first_panel(result)
    assert title == "Scores" and top > 100  # score numbers on the axis


def test_with_tier_labels_the_first_panel_shows_each_tiers_share_and_no_scores(result):
    labels = [f"Tier {t}" for t in result.tier_ids]
    assert first_panel(result, labels) == ("Citizens in each tier (%)", (0, 100), labels)


def test_the_png_names_what_made_it_and_its_version(result):
    png = society_png(result, "Town", ["a"] * len(result.tier_ids))
    assert b"tEXtSoftware\x00citizen-score society chart 1" in png


def test_the_chart_is_a_png(result):
    assert society_png(result, "Town", ["a"] * len(result.tier_ids)).startswith(b"\x89PNG")
