"""The report page's modelled town for a --hide-scores class names its tiers without their
ranges, as the game, the projector and the CSV do: its legend read "Prime (4.50 and up)",
the numbers the class was not shown."""

import pytest

from game.classroom.levels import shipped_levels
from game.cli.class_cmd import class_town, town_tiers


@pytest.fixture(scope="module")
def nosedive_town():
    nosedive = next(lv for lv in shipped_levels() if lv.id == "nosedive")
    return nosedive, class_town(nosedive)


def test_a_hidden_score_classs_town_chart_names_its_tiers_without_numbers(nosedive_town):
    level, result = nosedive_town
    labels = town_tiers(level, result, hide_scores=True)
    assert labels is not None and "Prime" in labels
    assert not any(any(c.isdigit() for c in label) for label in labels), labels


def test_a_class_that_saw_scores_gets_score_bands_not_tiers(nosedive_town):
    level, result = nosedive_town
    assert town_tiers(level, result, hide_scores=False) is None
