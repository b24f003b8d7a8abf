"""Live reload keeps the Today list as the player saw it: the session is replayed onto the
saved file, and the list used to be rebuilt from the morning's events alone, so a line that
an action added (the "You answered: ..." of a question whose answer changes nothing else)
was there before the save and gone after it."""

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

NOSEDIVE = Path(__file__).parents[2] / "levels" / "nosedive.yaml"
TOLD = "You answered: Five stars, like everyone does."


def test_the_answer_told_in_today_is_still_there_after_a_live_reload(
    game_app: App, tmp_path: Path
) -> None:
    from game.ui.scenes.flow import start_scenes

    path = tmp_path / "draft.yaml"
    shutil.copy(NOSEDIVE, path)
    game_app.director = start_scenes(game_app, load_level(path).level, None, str(path))
    game_app.tick(0.016)
    press(game_app, pygame.K_RETURN)  # Start day 1
    assert game_app.top.name == "prompt"
    focus_on(game_app, "\u2611 Five stars, like everyone does")
    press(game_app, pygame.K_RETURN, frames=5)
    day = game_app.top
    assert day.name == "day" and TOLD in day.log
    before = list(day.log)
    path.write_text(path.read_text().replace("Rate your driver", "Rate your driver now", 1))
    stamp = path.stat().st_mtime + 5
    os.utime(path, (stamp, stamp))
    game_app.director.watch.last_check = 0.0
    game_app.tick(0.016)
    assert game_app.top is day and day.session.level.prompts["rate_driver"].title.endswith("now")
    assert day.log == before
