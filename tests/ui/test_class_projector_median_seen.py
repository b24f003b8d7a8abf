"""On the projector's score chart, a tier's name never hides the class's median line: the
name sits on a plate of the page's colour, and in Nosedive (everyone starts at 4.21, just
above "Well liked") the plate at the left of the chart covered the first days of the line,
so the class's start looked missing. The name moves along its line to where the median is
not."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise
from typing import TYPE_CHECKING

import pygame
import pytest

from game.classroom.code import make_code
from game.classroom.levels import shipped_levels
from game.classroom.report import build_report
from tests.classroom.conftest import bot_results

if TYPE_CHECKING:
    from game.ui.app import App


@pytest.fixture(params=[(1024, 600), (1280, 720)], ids=["1024x600", "1280x720"])
def projector(request) -> Iterator[App]:
    from game.ui.app import App

    app = App(request.param)
    yield app
    pygame.quit()


def plates_over_the_median(app: App, hide_scores: bool) -> tuple[list[str], int]:
    """The chart of a Nosedive class on the projector: where the median line runs under a
    name's plate, and how many names were drawn."""
    from game.ui.scenes.class_debrief import ClassDebriefScene
    from game.ui.scenes.flow import Director

    level = next(lv for lv in shipped_levels() if lv.id == "nosedive")
    code = make_code(level.id, level.content_hash, 4, hide_scores)
    report = build_report([bot_results(level, code, i) for i in range(4)], level)
    app.replace(ClassDebriefScene(app.kit, app, Director(app), report))
    app.tick(0.016)
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_RIGHT, mod=0))
    app.tick(0.016)
    chart = app.top.chart
    assert app.top.step.kind == "bands" and chart is not None
    median = chart.median
    covered = []
    for rect in chart.labels:
        plate = rect.inflate(8, 2)
        for a, b in pairwise(median):
            if plate.clipline(a, b):
                covered.append(f"{plate} over {a}-{b}")
    return covered, len(chart.labels)


@pytest.mark.parametrize("hide_scores", [True, False], ids=["tiers only", "scores"])
def test_no_tier_name_is_drawn_over_the_class_median_line(
    projector: App, hide_scores: bool
) -> None:
    covered, names = plates_over_the_median(projector, hide_scores)
    assert names >= 4
    assert covered == []
