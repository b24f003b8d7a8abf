"""The exported page's evidence legend is a grid of label and meaning: its terms were floated
left in a fixed width, so 'Game abstraction' wrapped onto a second line that pushed the next
heading ('What you met in your run') sideways."""

import re
from pathlib import Path

from game.core.content.loader import load_level
from game.design.debrief import build_debrief, render_html

LEVEL = Path(__file__).parents[2] / "levels" / "citizen_score_2020.yaml"


def _legend_rules(page: str) -> str:
    style = page[page.index("<style>") : page.index("</style>")]
    return " ".join(re.findall(r"dl\.legend[^{]*\{[^}]*\}", style))


def test_the_evidence_legend_is_a_grid_with_no_floated_terms():
    level = load_level(LEVEL).level
    assert level is not None
    page = render_html(build_debrief(level, 1, [], with_costs=False), level)
    rules = _legend_rules(page)
    assert '<dl class="legend">' in page
    assert "display: grid" in rules and "max-content" in rules
    assert "float" not in rules
