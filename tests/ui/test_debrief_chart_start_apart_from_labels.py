"""The debrief chart's day-0 circle stands apart from the axis labels: with 200% text The
List's "Not listed" ended one pixel from the circle, and read as "Not listedo"."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import open_debrief
from tests.ui.test_debrief_chart_last_day_whole import _chart

if TYPE_CHECKING:
    from game.ui.app import App


def test_the_axis_label_beside_the_start_ends_at_least_three_pixels_before_its_circle(
    small_big_text: App,
) -> None:
    app = small_big_text
    open_debrief(app, "the_list")
    chart = _chart(app)
    w, h = chart.get_size()
    ink, panel = pygame.Color(app.kit.colours.ink), chart.get_at((w - 1, 0))
    left = [(x, y) for x in range(w // 3) for y in range(h)]
    circle = [(x, y) for x, y in left if chart.get_at((x, y))[:3] == ink[:3]]
    assert circle, "no day-0 circle drawn in the chart's left third"
    start_x = min(x for x, _ in circle)
    rows = range(min(y for _, y in circle), max(y for _, y in circle) + 1)
    label = [x for x in range(start_x) for y in rows if chart.get_at((x, y)) != panel]
    assert label, "no axis label beside the start"
    assert max(label) <= start_x - 4, (max(label), start_x)
