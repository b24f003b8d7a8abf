"""A broken save while a question is open shows the problems dialog on its own: the open
question under it must not show through it, nor take clicks meant for the dialog."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pygame
import pytest

from game.core.content.loader import load_level
from game.design.tutorial import level_text
from tests.design.consent_prompt import CONSENT_PROMPT
from tests.ui.drive import click, press

if TYPE_CHECKING:
    from game.ui.app import App


@pytest.fixture
def broken_over_prompt(tmp_path: Path) -> Iterator[App]:
    """The day scene with the question open, then a save with an unknown key."""
    from game.ui.app import App
    from game.ui.scenes.flow import start_scenes

    path = tmp_path / "draft.yaml"
    path.write_text(level_text().replace("rules:\n", CONSENT_PROMPT + "rules:\n", 1))
    app = App()
    app.director = start_scenes(app, load_level(path).level, None, str(path))
    app.tick(0.016)
    while app.top.name == "briefing":
        press(app, pygame.K_RETURN)
    assert [s.name for s in app.stack] == ["day", "prompt"]
    path.write_text(path.read_text().replace("  income: 10", "  incom: 10", 1))
    stamp = path.stat().st_mtime + 5
    os.utime(path, (stamp, stamp))
    app.director.watch.last_check = 0.0
    app.tick(0.016)
    app.tick(0.016)
    assert app.top.name == "problems"
    yield app
    pygame.quit()


def _prompt_buttons(app: App) -> list:
    prompt = next(s for s in app.stack if s.name == "prompt")
    return [element for _, element, _ in prompt.focus.items]


def test_the_open_question_does_not_show_through_the_problems_dialog(broken_over_prompt):
    app = broken_over_prompt
    close = next(element for _, element, _ in app.top.focus.items)
    blank = close.get_abs_rect().move(0, -40).center
    screen = pygame.display.get_surface()
    background = screen.get_at(blank)
    shown = [b.get_abs_rect().center for b in _prompt_buttons(app)]
    assert [screen.get_at(p) for p in shown] == [background] * len(shown)


def test_a_click_on_the_dialog_does_not_answer_the_question_under_it(broken_over_prompt):
    app = broken_over_prompt
    session = next(s for s in app.stack if s.name == "day").session
    click(app, _prompt_buttons(app)[1])
    assert session.world.answers == {}


def test_the_question_is_shown_again_once_the_problems_dialog_is_closed(broken_over_prompt):
    app = broken_over_prompt
    press(app, pygame.K_ESCAPE)
    assert app.top.name == "prompt"
    buttons = _prompt_buttons(app)
    assert buttons and all(b.visible for b in buttons)
