"""A score of two states (The List: on the court's list or not) is told as its states in
every debrief, never as the 0 and 1 it is stored as; other scores keep their numbers."""

from pathlib import Path

import pytest

from game.core.actions import END_DAY
from game.core.content.loader import load_level
from game.core.level import Level
from game.design.debrief import build_debrief, render_html, render_text
from game.design.debrief.text import ledger_line, rule_line

LEVELS = Path(__file__).parents[2] / "levels"
IDLE = (END_DAY,) * 10
"""Ten days ended with nothing done: the court lists Zhou Min at its deadline, on day 4."""


def _level(level_id: str) -> Level:
    result = load_level(LEVELS / f"{level_id}.yaml")
    assert result.level is not None
    return result.level


@pytest.fixture(scope="module")
def the_list() -> Level:
    return _level("the_list")


def test_the_list_s_text_debrief_tells_its_days_as_listed_or_not_listed(the_list: Level):
    text = render_text(build_debrief(the_list, 1, IDLE, with_costs=False))
    line = (
        "Court list status by day: Not listed from the start to day 3; Listed from day 4 to day 10."
    )
    assert line in text.splitlines()
    assert "Score by day" not in text


def test_the_list_s_ledger_tells_a_listing_as_the_state_it_led_to_not_as_minus_one(
    the_list: Level,
):
    doc = build_debrief(the_list, 1, IDLE, with_costs=False)
    ((day, (entry,)),) = doc.ledger.by_day
    (by_rule,) = doc.ledger.by_rule
    assert day == 4
    assert ledger_line(entry, doc).startswith("Day 4: Listed. ")
    assert rule_line(by_rule, doc).startswith("Listed (once). ")


def test_the_list_s_turning_points_and_cards_name_the_state_not_a_number(the_list: Level):
    text = render_text(build_debrief(the_list, 1, IDLE, with_costs=False))
    assert "deadline, now Listed" in text
    assert "(-1)" not in text and "-1 " not in text


def test_the_list_s_html_chart_and_ledger_name_the_states(the_list: Level):
    page = render_html(build_debrief(the_list, 1, IDLE, with_costs=False), the_list)
    assert 'class="tick">Not listed</text>' in page and 'class="tick">Listed</text>' in page
    assert "<title>Day 4: Listed</title>" in page
    assert "<th>Led to</th>" in page and "<td>-1</td>" not in page


def test_a_score_of_many_points_keeps_its_numbers_in_the_debrief():
    level = _level("nosedive")
    doc = build_debrief(level, 1, (END_DAY,) * 3, with_costs=False)
    text = render_text(doc)
    assert "Score by day: 0: 4.21, 1: " in text
    assert doc.states == () and doc.change(-7) == "-0.07"
