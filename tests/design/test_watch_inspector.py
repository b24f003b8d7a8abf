"""Live reload with the F12 inspector open: a designer tuning a rule keeps watching its
counts across saves, the inspector showing the new version."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pygame

from game.core.content.loader import load_level
from tests.ui.drive import focus_keys, focus_on, press

FIXTURE = Path(__file__).parents[1] / "fixtures" / "levels" / "all_features.yaml"


def _save(path: Path, text: str) -> None:
    path.write_text(text)
    stamp = path.stat().st_mtime + 5
    os.utime(path, (stamp, stamp))


def test_a_good_save_with_the_inspector_open_shows_the_inspector_of_the_new_version(tmp_path):
    from game.ui.app import App
    from game.ui.scenes.flow import start_scenes

    path = tmp_path / "draft.yaml"
    shutil.copy(FIXTURE, path)
    app = App()
    app.director = start_scenes(app, load_level(path).level, None, str(path))
    app.tick(0.016)
    while app.top.name != "day":
        press(app, pygame.K_RETURN)
    focus_on(app, next(k for k in focus_keys(app) if k.endswith("buy diapers")))
    press(app, pygame.K_RETURN)
    press(app, pygame.K_F12)
    assert app.top.name == "inspector"
    _save(path, path.read_text().replace("delta: 20\n", "delta: 35\n", 1))
    app.director.watch.last_check = 0.0
    app.tick(0.016)
    assert app.top.name == "inspector" and app.top.session.level.content_hash == (
        load_level(path).level.content_hash
    )
    pygame.quit()
