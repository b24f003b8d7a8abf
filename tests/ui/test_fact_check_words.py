"""The debrief page that checks the level's claims against the real systems is named in
words a 14-year-old reads at once ("Fact check"), on its button and its heading alike."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pygame
import pytest

from game.core.content.loader import load_level
from game.design.debrief import build_debrief, render_html
from game.design.debrief.text import render_text
from game.sim.bots import BUILT_IN
from game.sim.runner import run_episode
from tests.ui.drive import button, click, open_debrief

if TYPE_CHECKING:
    from game.ui.app import App

LEVELS = Path(__file__).parents[2] / "levels"


@pytest.fixture
def debrief(monkeypatch: pytest.MonkeyPatch) -> Iterator[App]:
    from game.ui.app import App

    monkeypatch.setenv("CITIZEN_SCORE_LEVELS", str(LEVELS))
    app = App((1280, 720))
    open_debrief(app, "sesame_garden")
    yield app
    pygame.quit()


def _heading(app: App) -> str:
    """The first line of the page's scrolling box (its heading, in bold)."""
    from pygame_gui.elements import UIScrollingContainer

    box = next(w for w in app.top.widgets if isinstance(w, UIScrollingContainer))
    first = min(box.get_container().elements, key=lambda e: e.get_relative_rect().y)
    return first.html_text.removeprefix("<b>")


def test_the_fact_check_page_s_button_and_heading_say_fact_check(debrief: App) -> None:
    page = button(debrief, "page:truth")
    assert page.text == "Fact check"
    click(debrief, page)
    assert debrief.top.current == "truth"
    heading = _heading(debrief)
    assert heading.startswith("Fact check") and "regime" not in heading


def test_the_exported_debrief_heads_its_fact_check_as_the_game_does() -> None:
    from game.ui.scenes.debrief import TITLES

    level = load_level(LEVELS / "sesame_garden.yaml").level
    episode = run_episode(level, BUILT_IN["conformist"], 1)
    doc = build_debrief(level, 1, list(episode.actions))
    assert TITLES["truth"] in render_text(doc)
    assert TITLES["truth"] in render_html(doc, level)
