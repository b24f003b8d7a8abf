"""What one rule did over a run is one line that says what happened, how often and why, each
once: 'Listed (once). <reason>' on a two-state score (it said 'Listed, 1 time: ...: listed.'),
'-40 in all (10 times): <reason>' or '+20: <reason>' on a score of points, and 'No change in
all (2 times)' when a rule's changes cancelled out (it said '+0 in all'). The text debrief's
'By rule' list says it the same way (it said '-40 from 1 time(s)')."""

import re
from functools import cache
from pathlib import Path

import pytest

from game.core.actions import END_DAY
from game.core.content.loader import load_level
from game.core.level import Level
from game.design.debrief import build_debrief, render_text
from game.design.debrief.ledger import RuleLine
from game.design.debrief.text import rule_line
from game.paths import level_files
from game.sim.bots import chooser_for
from game.sim.runner import run_episode

LEVELS = Path(__file__).parents[2] / "levels"
STRATEGIES = ("random", "dissident", "conformist", "maximiser", "loyal_friend")


@cache
def _level(level_id: str) -> Level:
    level = load_level(LEVELS / f"{level_id}.yaml").level
    assert level is not None
    return level


@cache
def _rule_lines(level_id: str) -> tuple[str, ...]:
    """Every rule line of a few bot runs of each strategy."""
    level, lines = _level(level_id), set()
    for strategy in STRATEGIES:
        for seed in range(3):
            episode = run_episode(level, chooser_for(level, strategy), seed)
            doc = build_debrief(level, seed, episode.actions, episode.outcome, with_costs=False)
            lines |= {rule_line(r, doc) for r in doc.ledger.by_rule}
    return tuple(sorted(lines))


LEVEL_IDS = [p.stem for p in level_files()]


@pytest.mark.parametrize("level_id", LEVEL_IDS)
def test_no_rule_line_says_its_count_as_one_time_or_its_total_as_zero(level_id):
    lines = _rule_lines(level_id)
    assert lines
    odd = [
        ln
        for ln in lines
        if re.search(r"\b1 time\b", ln) or "time(s)" in ln or re.match(r"[+-]0 ", ln)
    ]
    assert not odd, odd


def test_a_two_state_rule_line_says_the_state_how_often_and_why_each_once():
    level = _level("the_list")
    doc = build_debrief(level, 1, (END_DAY,) * 10, with_costs=False)
    (by_rule,) = doc.ledger.by_rule
    assert rule_line(by_rule, doc) == (
        "Listed (once). You could pay the judgment but did not by the deadline. [Documented]"
    )


def test_every_rule_line_of_a_two_state_level_names_its_state_once():
    lines = _rule_lines("the_list")
    assert any(ln.startswith("Listed (once). ") for ln in lines), lines
    twice = [ln for ln in lines if len(re.findall(r"\blisted\b", ln.lower())) > 1]
    assert not twice, twice


def test_a_rule_whose_changes_cancelled_out_says_no_change_in_all():
    level = _level("fico_country")
    doc = build_debrief(level, 1, (END_DAY,) * 3, with_costs=False)
    undone = RuleLine("wrong_collection", "Collection reported.", 2, 0, "Documented")
    assert rule_line(undone, doc) == "No change in all (2 times): Collection reported. [Documented]"


def test_a_score_of_points_keeps_its_total_and_count():
    level = _level("fico_country")
    doc = build_debrief(level, 1, (END_DAY,) * 3, with_costs=False)
    many = RuleLine("r", "Older accounts.", 10, 10, "Documented")
    one = RuleLine("r", "A late payment.", 1, -30, "Documented")
    assert rule_line(many, doc) == "+10 in all (10 times): Older accounts. [Documented]"
    assert rule_line(one, doc) == "-30: A late payment. [Documented]"


def test_the_text_debrief_s_by_rule_list_reads_as_the_rule_lines_do():
    level = _level("citizen_score_2020")
    episode = run_episode(level, chooser_for(level, "random"), 3)
    doc = build_debrief(level, 3, episode.actions, episode.outcome, with_costs=False)
    by_rule = render_text(doc).split("By rule:")[1].split("\nSources")[0]
    assert "time(s)" not in by_rule
    first = rule_line(doc.ledger.by_rule[0], doc)
    assert " ".join(by_rule.split()).startswith(" ".join(first.split()))
