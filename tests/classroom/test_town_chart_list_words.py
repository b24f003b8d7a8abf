"""The class report's town chart for The List names its states as the level does, not tiers."""

import matplotlib.pyplot as plt

from game.classroom.levels import shipped_levels
from game.cli.class_cmd import class_town, town_tiers, town_title
from game.sim.society.chart import level_figure


def test_a_list_class_s_town_chart_says_listed_or_not_listed_not_tiers():
    level = next(lv for lv in shipped_levels() if lv.id == "the_list")
    town = class_town(level)
    figure = level_figure(level, town, town_title(level), town_tiers(level, town, False))
    try:
        first = figure.axes[0].get_title()
    finally:
        plt.close(figure)
    assert first == "Citizens Listed or Not listed (%)"
