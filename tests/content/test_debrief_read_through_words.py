"""Words a reader of the debrief met end to end (Red List, My Wallet, FICO Country): no
level-file talk, no spending item with a colon of its own, no sentence that calls one thing
both invented and real."""

import re

import pytest

from game.core.content.loader import load_level
from game.design.debrief import build_debrief
from game.paths import level_files, levels_dir
from game.sim.bots import BUILT_IN
from game.sim.runner import run_episode

OWN = [p for p in level_files() if p.stem != "sesame_garden"]


@pytest.mark.parametrize("path", OWN, ids=[p.stem for p in OWN])
def test_the_invented_note_does_not_name_the_level_file_s_society_section(spec_of, path):
    invented = " ".join(spec_of(path.stem).debrief.invented.split())
    assert "society section" not in invented


def test_red_list_s_money_line_gives_each_item_with_one_colon():
    level = load_level(levels_dir() / "red_list_black_list.yaml").level
    assert level is not None
    actions = list(run_episode(level, BUILT_IN["random"], 1).actions)
    money = build_debrief(level, 1, actions, with_costs=False).money
    items = money.split("Spent most on: ")[1].rstrip(".").split("; ")
    assert len(items) == 3 and all(item.count(":") == 1 for item in items), money


def test_red_list_s_invented_note_does_not_call_the_firm_code_both_invented_and_real(spec_of):
    invented = " ".join(spec_of("red_list_black_list").debrief.invented.split())
    assert "its code and" not in invented and "Real: the code," not in invented
    assert "So are" not in invented


def test_my_wallet_s_summary_does_not_say_the_player_chose_each_time_what_to_show(spec_of):
    # a run that leaves the 'share everything' box ticked never chose it
    summary = " ".join(spec_of("my_wallet").debrief.summary.split())
    assert "chose, every time" not in summary and "Nobody ran a score" not in summary


def test_my_wallet_s_invented_note_says_every_price_is_invented_in_a_sentence_that_agrees(
    spec_of,
):
    invented = " ".join(spec_of("my_wallet").debrief.invented.split())
    assert "So are every" not in invented
    assert "Every price, deposit and salary is invented too" in invented


def test_the_money_line_names_a_bought_item_without_the_word_bought():
    level = load_level(levels_dir() / "my_wallet.yaml").level
    assert level is not None
    actions = list(run_episode(level, BUILT_IN["random"], 1).actions)
    money = build_debrief(level, 1, actions, with_costs=False).money
    assert "Hardware backup key for your wallet: 35" in money and "Bought" not in money, money


def _fico_text() -> str:
    return " ".join((levels_dir() / "fico_country.yaml").read_text(encoding="utf-8").split())


def test_fico_country_says_how_much_of_the_limit_you_use_not_utilisation():
    assert "utilisation" not in _fico_text().lower()
    assert "you now use more of your limit" in _fico_text()


def test_fico_country_calls_your_mother_mom_as_its_goals_and_headlines_do():
    assert not re.search(r"\bmum\b", _fico_text(), re.IGNORECASE)


def test_fico_country_s_summary_does_not_assume_the_run_was_refused(
    spec_of,
):
    debrief = spec_of("fico_country").debrief
    summary = " ".join(debrief.summary.split())
    assert "why you were refused" not in summary and summary.endswith("why if you are refused.")
