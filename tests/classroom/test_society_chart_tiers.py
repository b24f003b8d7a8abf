"""The society chart in tiers (the class report of a hidden-scores class, The List): the lowest
tier red, as in the debrief's society view, not matplotlib's blue (Red List's best tier was red)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from matplotlib.colors import to_hex

from game.classroom.levels import shipped_levels
from game.sim.society import run_society
from game.sim.society.chart import TIER_COLOURS, society_figure, tier_labels


@pytest.fixture(scope="module", params=["red_list_black_list", "model_city", "the_list"])
def tier_panel(request) -> Iterator[object]:
    import matplotlib.pyplot as plt

    level = next(lv for lv in shipped_levels() if lv.id == request.param)
    result = run_society(level, 400, 20, 1)
    labels = tier_labels(level, result, hide_scores=True)
    figure = society_figure(result, level.spec.meta.title, labels)
    yield figure.axes[0]
    plt.close(figure)


def test_the_lowest_tier_is_drawn_red_as_in_the_debriefs_society_view(tier_panel):
    lowest = tier_panel.collections[0].get_facecolor()[0]
    assert to_hex(lowest, keep_alpha=False) == TIER_COLOURS[0]
