"""The one-page debrief a teacher makes from a handed-in file (`citizen-score debrief FILE
--html`): its chart names The List's two states in the room left of the chart."""

from __future__ import annotations

import re

from game.classroom.levels import shipped_levels
from game.design.debrief.chart import chart_svg

TICK_FONT_PX = 12
"""The chart's text size on the page (html.py: .chart text)."""
LEAST_CHAR_WIDTH = 0.5
"""A lower bound on a DejaVu Sans or Arial letter's width, in ems: a label wider than this
estimate is surely cut at the page's edge."""


def test_the_list_names_its_states_whole_left_of_the_chart():
    the_list = next(lv for lv in shipped_levels() if lv.id == "the_list")
    path = [(day, 1 if day < 4 else 0) for day in range(11)]
    svg = chart_svg(the_list, path)
    ends = re.findall(r'<text x="([\d.]+)" y="[\d.]+" text-anchor="end" class="tick">([^<]+)<', svg)
    assert ends, svg
    for x, label in ends:
        assert len(label) * TICK_FONT_PX * LEAST_CHAR_WIDTH <= float(x), label
