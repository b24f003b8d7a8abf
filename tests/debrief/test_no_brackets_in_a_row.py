"""No line of the debrief's ledger, money line or turning points puts two bracket groups in a
row: it read 'Agree a payment plan (1,000 now, 2,000 by day 8) (1,000)' and '... (The points
are a game number.) (-45) [Documented]', asides a reader had to pull apart."""

import re
from functools import cache

import pytest

from game.core.content.loader import load_level
from game.design.debrief import build_debrief
from game.design.debrief.document import Debrief, noted
from game.design.debrief.text import ledger_line, rule_line
from game.paths import levels_dir
from game.sim.asides import label_apart
from game.sim.bots import BUILT_IN
from game.sim.runner import run_episode

IN_A_ROW = re.compile(r"[)\]][^\w(\[]{0,3}[(\[]")
"""A closing bracket, at most a stop, a quote and a space, then an opening one."""
LEVELS = sorted(p.stem for p in levels_dir().glob("*.yaml"))


@cache
def _doc(level_id: str, strategy: str) -> Debrief:
    level = load_level(levels_dir() / f"{level_id}.yaml").level
    assert level is not None
    actions = list(run_episode(level, BUILT_IN[strategy], 1).actions)
    return build_debrief(level, 1, actions, with_costs=False)


def _lines(doc: Debrief) -> list[str]:
    led = doc.ledger
    lines = [doc.money, *doc.perks_won, *doc.perks_lost, *doc.restrictions]
    lines += [p.line for p in doc.points]
    lines += [ledger_line(line, doc) for line in led.repeated]
    lines += [ledger_line(line, doc, False) for _, day in led.by_day for line in day]
    lines += [rule_line(r, doc) for r in (*led.by_rule, *doc.movers)]
    return [line.replace("\u00a0", " ") for line in lines]


@pytest.mark.parametrize("strategy", ["random", "conformist"])
@pytest.mark.parametrize("level_id", LEVELS)
def test_no_ledger_money_or_turning_point_line_has_two_bracket_groups_in_a_row(
    level_id: str, strategy: str
):
    stacked = [line for line in _lines(_doc(level_id, strategy)) if IN_A_ROW.search(line)]
    assert not stacked, stacked


def test_a_spending_label_with_its_own_brackets_gives_the_amount_after_a_colon():
    doc = _doc("the_list", "conformist")
    assert "Agree a payment plan (1,000 now, 2,000 by day 8): 1,000" in doc.money


def test_a_turning_point_gives_its_change_and_label_before_a_closing_aside():
    doc = _doc("red_list_black_list", "random")
    line = next(p.line for p in doc.points if "labour bureau" in p.line)
    assert line.replace("\u00a0", " ").endswith(
        "unpaid wages, -20 [Documented]. The list is real; the points are a game number."
    )


def test_a_reason_ending_in_a_bracketed_sentence_says_it_as_a_sentence_before_the_label():
    reason = "Balance paid off. (The points are a game number.)"
    assert label_apart(reason) == "Balance paid off. The points are a game number."


def test_a_reason_ending_in_an_aside_ends_its_sentence_and_says_the_aside_as_one():
    reason = "Posts lower your score (a 2015 press claim; the points are a game number)."
    assert label_apart(reason) == (
        "Posts lower your score. A 2015 press claim; the points are a game number."
    )


def test_a_label_ending_in_brackets_takes_its_note_inside_them():
    assert noted("D-grade taxpayer (named)", "lifted on day 6") == (
        "D-grade taxpayer (named; lifted on day 6)"
    )
    assert noted("Fast lane", "lifted on day 6") == "Fast lane (lifted on day 6)"
