"""Live reload keeps the Today list as the player saw it: the session is replayed onto the
saved file, and the list used to be rebuilt from the morning's events alone, so a line that
an action added (the "You answered: ..." of a question whose answer changes nothing else)
was there before the save and gone after it. A toast says the save was played again."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

import pygame

from game.core.content.loader import load_level
from tests.ui.drive import focus_on, press

if TYPE_CHECKING:
    from game.ui.app import App
    from game.ui.scenes.day import DayScene

NOSEDIVE = Path(__file__).parents[2] / "levels" / "nosedive.yaml"
TOLD = "You answered: Five stars, like everyone does."


def _answered(app: App, folder: Path) -> tuple[DayScene, Path]:
    """Nosedive played from a draft file with live reload, its first question answered."""
    from game.ui.scenes.flow import start_scenes

    path = folder / "draft.yaml"
    shutil.copy(NOSEDIVE, path)
    app.director = start_scenes(app, load_level(path).level, None, str(path))
    app.tick(0.016)
    press(app, pygame.K_RETURN)  # Start day 1
    assert app.top.name == "prompt"
    focus_on(app, "\u2611 Five stars, like everyone does")
    press(app, pygame.K_RETURN, frames=5)
    assert app.top.name == "day"
    return app.top, path


def _save_a_new_title(app: App, path: Path) -> None:
    path.write_text(path.read_text().replace("Rate your driver", "Rate your driver now", 1))
    stamp = path.stat().st_mtime + 5
    os.utime(path, (stamp, stamp))
    app.director.watch.last_check = 0.0
    app.tick(0.016)


def test_the_answer_told_in_today_is_still_there_after_a_live_reload(
    game_app: App, tmp_path: Path
) -> None:
    day, path = _answered(game_app, tmp_path)
    assert TOLD in day.log
    before = list(day.log)
    _save_a_new_title(game_app, path)
    assert game_app.top is day and day.session.level.prompts["rate_driver"].title.endswith("now")
    assert day.log == before


def test_a_live_reload_says_in_a_toast_that_the_saved_file_was_played_again(
    game_app: App, tmp_path: Path
) -> None:
    day, path = _answered(game_app, tmp_path)
    _save_a_new_title(game_app, path)
    assert [t.text for t in day.toasts] == ["Reloaded draft.yaml and played your 1 action again."]
