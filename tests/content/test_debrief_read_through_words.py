"""Words a reader of the debrief met end to end (Red List, My Wallet, FICO Country): no
level-file talk, no spending item with a colon of its own, no sentence that calls one thing
both invented and real."""

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
