"""The List speaks of a court list, never of tiers, and its Society page does too: its dots
are 'Listed or Not listed' and its friends 'share a status' (the page said 'coloured by tier'
and 'how much friends share a tier'). A level of many points keeps its tiers."""

import re
from pathlib import Path

import pytest

from game.core.content.loader import load_level
from game.core.level import Level
from game.design.debrief import build_debrief, render_html, render_text
from game.design.debrief.society import how_to_read, measure_lines, society_of
from game.sim.bots import BUILT_IN
from game.sim.runner import run_episode

LEVELS = Path(__file__).parents[2] / "levels"
CITIZENS = 2_000


def _level(level_id: str) -> Level:
    level = load_level(LEVELS / f"{level_id}.yaml").level
    assert level is not None
    return level


def _section(page: str) -> str:
    start = page.index("<h2>What this does to a society</h2>")
    return page[start : page.index("<h2>", start + 5)]


def _tier_words(text: str) -> list[str]:
    return re.findall(r"\btiers?\b", re.sub(r"<[^>]+>", " ", text), flags=re.IGNORECASE)


@pytest.fixture(scope="module")
def the_list() -> Level:
    return _level("the_list")


def test_the_list_s_society_page_never_says_tier(the_list: Level):
    actions = list(run_episode(the_list, BUILT_IN["conformist"], 2).actions)
    section = _section(render_html(build_debrief(the_list, 2, actions), the_list))
    assert not _tier_words(section), _tier_words(section)
    assert "Listed or Not listed" in section
    assert "How much friends share a status" in section


def test_the_list_s_society_key_and_measures_in_words_speak_of_the_list(the_list: Level):
    key = how_to_read(the_list, "you (Not listed)", CITIZENS)
    lines = measure_lines(the_list, society_of(the_list, 1, CITIZENS))
    assert "placed as Listed or Not listed" in key
    assert not _tier_words(key) and not _tier_words(" ".join(lines)), (key, lines)


def test_the_list_s_text_debrief_society_words_never_say_tier(the_list: Level):
    from game.design.debrief.society import measure_lines as words

    doc = build_debrief(the_list, 1, list(run_episode(the_list, BUILT_IN["random"], 1).actions))
    text = render_text(doc, words(the_list, society_of(the_list, 1, CITIZENS)))
    society = text.split("What this does to a society")[1].split("Full ledger")[0]
    assert "share a status" in society and not _tier_words(society)


def test_a_level_of_many_points_keeps_speaking_of_tiers():
    level = _level("nosedive")
    key = how_to_read(level, "you (4.21)", CITIZENS)
    assert "share a score" in key
    actions = list(run_episode(level, BUILT_IN["conformist"], 1).actions)
    section = _section(render_html(build_debrief(level, 1, actions, with_costs=False), level))
    assert "in each tier" in section and "coloured by tier" in section
