"""A designer saves the level under `play --watch` before taking any action: the toast said
'Reloaded draft.yaml and played your 0 actions again.', which reads as if something was
replayed. With nothing to play again it says only that the file was reloaded."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pygame
import pytest

from game.core.content.loader import load_level
from game.design.tutorial import level_text
from tests.ui.drive import press

if TYPE_CHECKING:
    from game.ui.app import App


@pytest.fixture
def day_one_watched(tmp_path: Path) -> Iterator[tuple[App, Path]]:
    """The tutorial level played with live reload, on day 1 before any action."""
    from game.ui.app import App
    from game.ui.scenes.flow import start_scenes

    path = tmp_path / "draft.yaml"
    path.write_text(level_text())
    app = App()
    app.director = start_scenes(app, load_level(path).level, None, str(path))
    app.tick(0.016)
    while app.top.name != "day":
        press(app, pygame.K_RETURN)
    yield app, path
    pygame.quit()


def test_a_save_before_any_action_says_only_that_the_file_was_reloaded(
    day_one_watched: tuple[App, Path],
) -> None:
    app, path = day_one_watched
    path.write_text(path.read_text().replace("delta: 8\n", "delta: 9\n", 1))
    stamp = path.stat().st_mtime + 5
    os.utime(path, (stamp, stamp))
    app.director.watch.last_check = 0.0
    app.tick(0.016)
    assert app.top.session.level.spec.rules[0].delta == 9
    assert [t.text for t in app.top.toasts] == ["Reloaded draft.yaml."]
