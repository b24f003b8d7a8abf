"""The projector debrief on the smallest window the game supports (1024x600) with text at
200%: every slide still shows what it is for, in smaller type or with less around it,
rather than a chart squeezed flat or a note cut short."""

from __future__ import annotations

import pygame

from game.ui.store import Settings
from tests.ui.test_class_projector_large_text import open_class_debrief

SMALL = (1024, 600)


def test_the_band_chart_is_tall_enough_to_name_two_tiers_at_1024x600_with_text_at_200_percent():
    app = open_class_debrief(SMALL, Settings(text_scale=200), 6)
    try:
        pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_RIGHT, mod=0))
        app.tick(0.016)
        assert app.top.step.kind == "bands"
        chart = app.top.chart
        assert len(chart.labels) >= 4, chart.labels  # two tiers: each a name and a score
        assert chart.plot.height >= 3 * app.kit.text.font(app.kit.px(20)).get_linesize()
    finally:
        pygame.quit()
