"""Turning points as the first screen shows them: a score change on one says how we know the
rule behind it ('[Speculative]'), as every other score change in the debrief does, and the
grant that starts an opt-in score is where the chart starts, not a turning point."""

import re
from pathlib import Path

from game.core.content.loader import load_level
from game.design.debrief import build_debrief
from game.design.debrief.cards import EVIDENCE_LABELS
from game.sim.bots import BUILT_IN
from game.sim.runner import run_episode

LEVEL = Path(__file__).parents[2] / "levels" / "citizen_score_2020.yaml"
CHANGE = re.compile(r", [+-]\d+ \[")


def test_a_turning_point_with_a_score_change_names_its_evidence_label():
    level = load_level(LEVEL).level
    assert level is not None
    actions = list(run_episode(level, BUILT_IN["conformist"], 1).actions)
    doc = build_debrief(level, 1, actions, with_costs=False)
    changed = [p.line for p in doc.points if CHANGE.search(p.line)]
    assert changed, "this run needs a turning point with a score change"
    labels = tuple(EVIDENCE_LABELS.values())
    assert all(any(label in line for label in labels) for line in changed), changed


def test_the_grant_that_starts_an_opt_in_score_is_not_a_turning_point():
    level = load_level(LEVEL.with_name("model_city.yaml")).level
    assert level is not None
    actions = list(run_episode(level, BUILT_IN["conformist"], 1).actions)
    doc = build_debrief(level, 1, actions, with_costs=False)
    assert doc.joined_on == 1 and doc.path[0] == (1, 1000)
    assert not [p.line for p in doc.points if "+1000" in p.line or "+1,000" in p.line]
