"""An invented perk or restriction says its number once, written as money is written: Red
List said 'Three months of invoices at once (+1 action a day, game): +1 action a day.' and
'School snack contract: +1500 income a day.'"""

import re

import pytest

from game.core.content.loader import load_level
from game.design.invented import invented_numbers
from game.paths import level_files

LEVELS = level_files()
PER_DAY = re.compile(r"([+-][\d,]+) (income|action) a day")


def _sentences(path) -> list[str]:
    level = load_level(path).level
    assert level is not None
    return [n.sentence for n in invented_numbers(level)]


@pytest.mark.parametrize("path", LEVELS, ids=[p.stem for p in LEVELS])
def test_no_invented_income_or_action_sentence_says_its_number_twice(path):
    twice = [s for s in _sentences(path) if len(PER_DAY.findall(s)) > 1]
    assert not twice, twice


@pytest.mark.parametrize("path", LEVELS, ids=[p.stem for p in LEVELS])
def test_an_invented_income_of_a_thousand_or_more_has_a_thousands_comma(path):
    bare = [s for s in _sentences(path) if re.search(r"[+-]\d{4,} income", s)]
    assert not bare, bare


def test_red_list_s_invoices_perk_names_its_extra_action_once():
    red_list = next(p for p in LEVELS if p.stem == "red_list_black_list")
    assert "Three months of invoices at once: +1 action a day." in _sentences(red_list)
    assert "School snack contract: +1,500 income a day." in _sentences(red_list)
