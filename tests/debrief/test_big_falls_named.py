"""The turning points of a run name each big fall it had: a Red List run that lost 20 points
to a wage listing on day 6 and 30 to a food-safety penalty on day 7 shows both, not only the
largest (the chart dives from 74 to 0, and the page explained only part of it); a +2
purchase is no longer named in place of the -20."""

import pytest

from game.core.actions import END_DAY, Action
from game.core.level import Level
from game.sim.turning_points import turning_points


def test_a_run_with_two_big_falls_names_both_in_its_turning_points(red_list: Level) -> None:
    actions = [
        Action("buy", "lab_test"),
        Action("buy", "hygiene_kit"),
        Action("buy", "fire_kit"),
        END_DAY,
        Action("answer", "invoice_offer", "no_invoices"),
        END_DAY,
        Action("answer", "oil_offer", "cheap_oil"),
        Action("buy", "lab_test"),
        *[END_DAY] * 8,
    ]
    lines = [p.line for p in turning_points(red_list, 1, actions)]
    assert any(", -30 [" in line for line in lines), "the setup no longer has the -30 penalty"
    assert any("unpaid wages" in line for line in lines), lines


@pytest.fixture
def red_list() -> Level:
    from pathlib import Path

    from game.core.content.loader import load_level

    path = Path(__file__).parents[2] / "levels" / "red_list_black_list.yaml"
    level = load_level(path).level
    assert level is not None
    return level
