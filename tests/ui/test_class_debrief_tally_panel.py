"""The projector's tally slides (goals, choices, perks...) on a 1024x600 projector: each row's
label stays in its own panel, left of its bar with a clear gap, at 100% and 200% text; and
a slide split over pages keeps its page number whole in its heading."""

from __future__ import annotations

import pygame
import pytest

from game.ui.scenes.class_debrief import BAR_COLOURS
from game.ui.store import Settings
from tests.ui.drive import FRAME, press
from tests.ui.test_class_projector_large_text import open_class_debrief, slides_of

SMALL_PROJECTOR = (1024, 600)
GAP = 12
"""The least room between a label and its bar, in pixels at 100% text (twice at 200%)."""


@pytest.mark.parametrize("scale", [100, 200])
def test_each_tally_label_lies_inside_its_panel_left_of_the_bar(scale: int) -> None:
    app = open_class_debrief(SMALL_PROJECTOR, Settings(text_scale=scale), 6)
    try:
        scene = app.top
        assert scene.name == "class_debrief"
        rows = 0
        for _ in range(len(scene.steps)):
            app.tick(FRAME)
            if scene.step.kind in BAR_COLOURS:
                area = scene._area()
                for labels, bar in scene.tally_rows:
                    panel = pygame.Rect(
                        area.left, area.top, bar.left - app.kit.px(GAP) - area.left, area.height
                    )
                    for label in labels:
                        assert panel.contains(label), (scene.step.heading, label, panel, bar)
                    rows += 1
            press(app, pygame.K_RIGHT, frames=1)
        assert rows >= 10
    finally:
        pygame.quit()


def test_a_tally_split_over_slides_keeps_its_page_number_in_the_heading() -> None:
    slides, _ = slides_of(SMALL_PROJECTOR, Settings(text_scale=200))
    paged = [drawn[0][1] for kind, drawn in slides if kind in BAR_COLOURS]
    assert any(" of " in heading for heading in paged)
    for heading in paged:
        if "\u2026" in heading or "(" in heading:
            assert heading.rstrip().endswith(")"), heading
