"""A ledger line says a repeated change in words ("-4 each, 3 times (-12 in all): ...") and
sets the change apart from its reason; it read "-4 x3 (-12 in all) A friend in debt...", a
count to decode, run into the reason."""

import pytest

from game.core.actions import END_DAY, Action
from game.core.content.loader import load_level
from game.core.level import Level
from game.design.debrief import build_debrief
from game.design.debrief.text import ledger_line
from tests.conftest import FIXTURES

KEPT_JUN = (Action("buy", "diapers"), END_DAY, END_DAY, END_DAY)


@pytest.fixture(scope="module")
def level() -> Level:
    result = load_level(FIXTURES / "turning.yaml")
    assert result.level is not None
    return result.level


def test_a_repeated_change_says_how_much_each_time_and_how_many_times(level: Level):
    doc = build_debrief(level, 1, KEPT_JUN)
    (repeated,) = doc.ledger.repeated
    line = ledger_line(repeated, doc)
    assert line.startswith("Days 1-3: -4 each, 3 times (-12 in all): ")
    assert " x3" not in line


def test_a_single_change_is_set_apart_from_its_reason(level: Level):
    doc = build_debrief(level, 1, KEPT_JUN)
    single = next(ln for _, lines in doc.ledger.by_day for ln in lines if ln.count == 1)
    line = ledger_line(single, doc, False)
    assert line.startswith(f"{doc.signed(single.delta)}: {single.reason}")
