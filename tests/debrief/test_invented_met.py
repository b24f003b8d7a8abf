"""The invented numbers come in two groups: those the player met in their run (a rule that
fired, a tier reached, a restriction held, an answer given), then the rest of the level's, so
what was played is named as invented."""

from dataclasses import replace
from pathlib import Path

import pytest

from game.core.content.loader import load_level
from game.core.level import Level
from game.design.debrief import build_debrief, render_html, render_text
from game.design.debrief.document import INVENTED_MET, INVENTED_REST, invented_groups
from game.sim.bots import BUILT_IN
from game.sim.runner import run_episode

LEVELS = Path(__file__).parents[2] / "levels"


@pytest.fixture(scope="module")
def level() -> Level:
    level = load_level(LEVELS / "citizen_score_2020.yaml").level
    assert level is not None
    return level


def _groups(level: Level, strategy: str) -> dict[str, set[str]]:
    actions = list(run_episode(level, BUILT_IN[strategy], 1).actions)
    doc = build_debrief(level, 1, actions, with_costs=False)
    return {heading: {n.where for n in numbers} for heading, numbers in invented_groups(doc)}


def test_a_rule_that_fired_in_the_run_is_listed_among_the_invented_numbers_met(level):
    obeyed, resisted = _groups(level, "conformist"), _groups(level, "dissident")
    assert "rule praise_up" in obeyed[INVENTED_MET]
    assert "rule praise_up" in resisted[INVENTED_REST]


def test_a_restriction_the_player_lived_under_is_listed_among_those_met(level):
    assert "restriction slow_internet" in _groups(level, "dissident")[INVENTED_MET]


def test_every_invented_number_is_listed_once_across_the_groups(level):
    actions = list(run_episode(level, BUILT_IN["random"], 1).actions)
    doc = build_debrief(level, 1, actions, with_costs=False)
    listed = " ".join(n.sentence for _, numbers in invented_groups(doc) for n in numbers)
    assert all(listed.count(n.sentence) == 1 for n in doc.invented)


def test_a_run_that_met_none_lists_them_without_headings(level):
    doc = replace(build_debrief(level, 1, [], with_costs=False), invented_met=frozenset())
    ((heading, numbers),) = invented_groups(doc)
    assert heading == "" and numbers


def test_the_text_and_the_page_show_the_met_group_first(level):
    actions = list(run_episode(level, BUILT_IN["dissident"], 1).actions)
    doc = build_debrief(level, 1, actions, with_costs=False)
    for rendered in (render_text(doc), render_html(doc, level)):
        assert rendered.index(INVENTED_MET) < rendered.index(INVENTED_REST)
