"""A rule's threshold ('This rule applies when a contact's score is below 500.') is shown
with the rule it belongs to, never as a list item of its own that names no rule."""

from pathlib import Path

import pytest

from game.core.content.loader import load_level
from game.design.debrief import build_debrief
from game.design.debrief.document import invented_groups

UNNAMED = "This rule applies"
LEVELS = sorted((Path(__file__).parents[2] / "levels").glob("*.yaml"))


@pytest.mark.parametrize("path", LEVELS, ids=lambda p: p.stem)
def test_no_invented_line_starts_with_a_sentence_that_names_no_rule(path: Path):
    level = load_level(path).level
    assert level is not None
    doc = build_debrief(level, 1, [], with_costs=False)
    listed = [n.sentence for _, numbers in invented_groups(doc) for n in numbers]
    assert not [s for s in listed if s.startswith(UNNAMED)]


def test_the_threshold_follows_its_rule_s_points_on_the_same_line():
    level = load_level(LEVELS[0].parent / "citizen_score_2020.yaml").level
    assert level is not None
    doc = build_debrief(level, 1, [], with_costs=False)
    listed = [n for _, numbers in invented_groups(doc) for n in numbers]
    (line,) = [n.sentence for n in listed if n.where == "rule parent_record"]
    assert line.startswith("-5 points: A parent's record counts against the children")
    assert line.endswith("This rule applies when a contact's score is below 500.")
