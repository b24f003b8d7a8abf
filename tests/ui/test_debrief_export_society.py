"""The in-game Export writes the society section as the Society page shows it: the same
town's numbers, drawn as a chart with its key, not one paragraph."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pygame
import pytest

from game.design.debrief.society import speech_sentence
from tests.ui.drive import FRAME, button, click, open_debrief

if TYPE_CHECKING:
    from game.ui.app import App


@pytest.fixture
def debrief() -> Iterator[App]:
    from game.ui.app import App
    from game.ui.store import Settings

    app = App((1280, 720), Settings(text_scale=100))
    open_debrief(app, "nosedive")
    yield app
    pygame.quit()


def _exported(app: App, home: Path) -> str:
    click(app, button(app, "Export"))
    (written,) = (home / "debriefs").glob("*.html")
    page = written.read_text(encoding="utf-8")
    start = page.index("<h2>What this does to a society</h2>")
    section = page[start : page.index("<h2>", start + 5)]
    return re.sub(r'<span class="label" title="[^"]*">([^<]*)</span>', r"\1", section)


def test_export_after_the_society_page_ran_writes_that_towns_numbers_as_a_chart(
    debrief: App, user_home: Path
):
    click(debrief, button(debrief, "page:society"))
    view = debrief.top.society_view
    for _ in range(2000):
        debrief.tick(FRAME)
        if view.done:
            break
    assert view.done
    section = _exported(debrief, user_home)
    assert '<svg class="chart dots"' in section and section.count("<polyline") == 2
    assert speech_sentence(view.result, "on day 60") in section
    assert "These citizens and their habits are invented [Game abstraction]" in section


def test_export_from_the_first_screen_still_draws_the_town(debrief: App, user_home: Path):
    section = _exported(debrief, user_home)
    assert '<svg class="chart dots"' in section and "Each dot stands for 100 of them" in section
