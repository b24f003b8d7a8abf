"""The society chart: score bands by default, tier shares for a class that saw no numbers."""

import pytest

from game.core.content.loader import load_level
from game.paths import PROJECT_ROOT
from game.sim.society.chart import society_figure, society_png, tier_labels, tier_words
from game.sim.society.model import run_society


@pytest.fixture(scope="module")
def result():
    level = load_level(PROJECT_ROOT / "levels" / "citizen_score_2020.yaml").level
    return run_society(level, 300, 6, seed=2)


def first_panel(result, labels=None, tiers_called="in each tier"):
    """The first panel's title, y range and legend texts (the figure is closed after)."""
    fig = society_figure(result, "Town", labels, tiers_called=tiers_called)
    try:
        ax = fig.axes[0]
        return ax.get_title(), ax.get_ylim(), [t.get_text() for t in ax.get_legend().get_texts()]
    finally:
        import matplotlib.pyplot as plt

        plt.close(fig)


def test_the_first_panel_shows_score_bands_by_default(result):
    title, (_, top), _ = first_panel(result)
    assert title == "Scores of citizens" and top > 100  # score numbers on the axis


def test_with_tier_labels_the_first_panel_shows_each_tiers_share_and_no_scores(result):
    labels = [f"Tier {t}" for t in result.tier_ids]
    assert first_panel(result, labels) == ("Citizens in each tier (%)", (0, 100), labels)


def legend_and_panels(result, labels=None):
    """Screen boxes of the first panel's legend, of its plot and of the panel under it."""
    import matplotlib.pyplot as plt

    fig = society_figure(result, "Town", labels)
    try:
        fig.canvas.draw()
        first, under = fig.axes[0], fig.axes[2]
        renderer = fig.canvas.get_renderer()
        return (
            first.get_legend().get_window_extent(renderer),
            first.get_window_extent(renderer),
            under.get_tightbbox(renderer),
        )
    finally:
        plt.close(fig)


@pytest.mark.parametrize("tiers", [False, True], ids=["score bands", "tier shares"])
def test_the_first_panels_legend_sits_under_its_plot_and_clear_of_the_panel_below(result, tiers):
    labels = [f"Tier {t}" for t in result.tier_ids] if tiers else None
    legend, plot, below = legend_and_panels(result, labels)
    assert legend.y1 <= plot.y0  # bands and stacked shares fill the plot: none is covered
    assert legend.y0 >= below.y1  # nor is the title of the panel under it


def test_the_png_names_what_made_it_and_its_version(result):
    png = society_png(result, "Town", ["a"] * len(result.tier_ids))
    assert b"tEXtSoftware\x00citizen-score society chart 1" in png


def test_the_chart_is_a_png(result):
    assert society_png(result, "Town", ["a"] * len(result.tier_ids)).startswith(b"\x89PNG")


def test_a_score_of_few_points_is_charted_as_the_share_in_each_tier():
    level = load_level(PROJECT_ROOT / "levels" / "the_list.yaml").level
    listed = run_society(level, 300, 4, seed=2)
    labels = tier_labels(level, listed)
    assert labels == [t.label for t in sorted(level.spec.tiers, key=lambda t: t.min)]
    assert first_panel(listed, labels)[0] == "Citizens in each tier (%)"


def test_a_list_level_s_chart_names_its_states_not_tiers():
    level = load_level(PROJECT_ROOT / "levels" / "the_list.yaml").level
    listed = run_society(level, 300, 4, seed=2)
    title = first_panel(listed, tier_labels(level, listed), tier_words(level)[1])[0]
    assert title == "Citizens Listed or Not listed (%)"


def test_a_wide_score_keeps_its_bands_unless_the_class_saw_no_numbers(result):
    level = load_level(PROJECT_ROOT / "levels" / "citizen_score_2020.yaml").level
    assert tier_labels(level, result) is None
    assert tier_labels(level, result, hide_scores=True) is not None


def test_every_text_on_the_chart_is_at_least_12_points_for_a_projector(result):
    import matplotlib.pyplot as plt
    from matplotlib.text import Text

    fig = society_figure(result, "Town", None)
    try:
        sizes = [t.get_fontsize() for t in fig.findobj(Text) if t.get_text().strip()]
    finally:
        plt.close(fig)
    assert sizes and min(sizes) >= 12


def test_a_score_shown_with_decimals_is_read_the_same_way_on_the_score_axis():
    import matplotlib.pyplot as plt

    level = load_level(PROJECT_ROOT / "levels" / "nosedive.yaml").level
    rated = run_society(level, 300, 4, seed=2)
    fig = society_figure(rated, "Town", None, level.spec.score.decimals)
    try:
        fig.canvas.draw()
        ticks = [t.get_text() for t in fig.axes[0].get_yticklabels() if t.get_text()]
    finally:
        plt.close(fig)
    assert ticks and all("." in t and float(t) <= 5 for t in ticks), ticks


def figure_texts(result) -> tuple[str, str]:
    """The figure's title and the assortativity panel's axis label."""
    import matplotlib.pyplot as plt

    fig = society_figure(result, "Town")
    try:
        return fig.get_suptitle(), fig.axes[2].get_ylabel()
    finally:
        plt.close(fig)


def test_the_chart_title_writes_a_large_population_with_a_thousands_comma():
    level = load_level(PROJECT_ROOT / "levels" / "citizen_score_2020.yaml").level
    assert figure_texts(run_society(level, 1200, 2, seed=2))[0] == "Town: 1,200 citizens"


def test_the_assortativity_axis_says_what_its_ends_mean_instead_of_naming_the_measure(result):
    assert figure_texts(result)[1] == "0: mixed, 1: only equals"


def test_the_critical_speech_curve_never_touches_the_top_of_its_panel(result):
    import matplotlib.pyplot as plt

    fig = society_figure(result, "Town")
    try:
        top = fig.axes[3].get_ylim()[1]
    finally:
        plt.close(fig)
    assert top >= 1.1 * float(result.critical_share.max()) * 100
