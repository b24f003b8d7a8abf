"""The Class debrief offers again what the teacher last showed: the first slide says to add
a session code after a ;, and reopening it had gone back to the class database alone, so the
folder of handed-in files had to be typed again."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pygame

from game.classroom.code import make_code
from game.classroom.files import results_dir
from game.core.content.loader import load_level
from tests.ui.drive import focus_on, press
from tests.ui.test_class_title_two_codes import _results

if TYPE_CHECKING:
    from game.ui.app import App


def _open_source(app: App):
    focus_on(app, "Class debrief")
    press(app, pygame.K_RETURN)
    assert app.top.name == "class_source"
    return app.top


def test_reopening_the_class_debrief_offers_the_sources_last_shown(
    app: App, levels_dir: Path
) -> None:
    _results(levels_dir, 4, "calm-crane-4")
    _results(levels_dir, 5, "lone-owl-1")
    level = load_level(levels_dir / "all_features.yaml").level
    typed = f"{results_dir()} ; {make_code(level.id, level.content_hash, 4).text}"
    _open_source(app).entry.set_text(typed)
    focus_on(app, "Show")
    press(app, pygame.K_RETURN, frames=3)
    assert app.top.name == "class_debrief" and app.top.report.students == 1
    press(app, pygame.K_ESCAPE)
    assert _open_source(app).entry.get_text() == typed
