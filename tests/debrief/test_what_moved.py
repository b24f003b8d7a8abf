"""'What moved your score most': the rules and events that moved the run's score most, largest
first, each with its evidence label, in the text debrief and the exported page alike."""

from html import escape
from pathlib import Path

import pytest

from game.core.content.loader import load_level
from game.core.level import Level
from game.design.debrief import build_debrief, render_html, render_text
from game.design.debrief.document import MOVERS
from game.design.debrief.titles import TITLES
from game.sim.asides import label_apart
from game.sim.bots import BUILT_IN
from game.sim.runner import run_episode

LEVELS = Path(__file__).parents[2] / "levels"


def _level(level_id: str) -> Level:
    level = load_level(LEVELS / f"{level_id}.yaml").level
    assert level is not None
    return level


def _doc(level: Level, strategy: str):
    actions = list(run_episode(level, BUILT_IN[strategy], 1).actions)
    return build_debrief(level, 1, actions, with_costs=False)


@pytest.fixture(scope="module")
def level() -> Level:
    return _level("citizen_score_2020")


def test_the_rules_that_moved_the_score_most_come_largest_first(level):
    doc = _doc(level, "dissident")
    totals = [abs(r.total) for r in doc.movers]
    assert len(totals) == MOVERS and totals == sorted(totals, reverse=True)
    assert max(abs(r.total) for r in doc.ledger.by_rule) == totals[0]


def test_opposite_play_styles_are_told_different_reasons_for_their_fall(level):
    obeyed, resisted = _doc(level, "conformist"), _doc(level, "dissident")
    assert obeyed.movers[0].rule_id != resisted.movers[0].rule_id


def test_the_text_debrief_lists_what_moved_the_score_with_evidence_labels(level):
    doc = _doc(level, "dissident")
    text = render_text(doc).replace("\u00a0", " ")
    part = text[text.index(doc.moved_title) : text.index(doc.summary[:30])]
    for r in doc.movers:
        assert f"[{r.evidence}]" in part and r.reason[:40] in " ".join(part.split())


def test_the_exported_page_lists_what_moved_the_score_before_the_fact_check(level):
    doc = _doc(level, "dissident")
    page = render_html(doc, level).replace("\u00a0", " ")
    first = escape(label_apart(doc.movers[0].reason))
    assert page.index(doc.moved_title) < page.index(first) < page.index(TITLES["truth"])


def test_a_run_that_never_joined_has_no_such_list():
    level = _level("sesame_garden")
    doc = _doc(level, "dissident")
    assert not doc.joined and doc.movers == ()
    assert doc.moved_title not in render_text(doc)


def test_the_heading_names_the_level_s_score_so_a_list_status_is_not_called_a_score():
    level = _level("the_list")
    doc = _doc(level, "conformist")
    assert doc.moved_title == "What moved your Court list status most"
    assert doc.movers and doc.moved_title in render_text(doc)


def test_a_starting_grant_on_joining_is_where_the_chart_starts_not_what_moved_it():
    level = _level("model_city")
    doc = _doc(level, "random")
    assert doc.joined_on == 1 and doc.path[0] == (1, 1000), "the run must join on day 1"
    assert [r.total for r in doc.movers] == [-10]
