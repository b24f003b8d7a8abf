"""UI tests drive the real app, one frame at a time, with posted input events only."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from game.ui.app import App

FIXTURE = Path(__file__).parents[1] / "fixtures" / "levels" / "all_features.yaml"


@pytest.fixture
def levels_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "levels"
    folder.mkdir()
    shutil.copy(FIXTURE, folder / "all_features.yaml")
    monkeypatch.setenv("CITIZEN_SCORE_LEVELS", str(folder))
    return folder


@pytest.fixture
def app(levels_dir: Path) -> Iterator[App]:
    import pygame

    from game.ui.app import App
    from game.ui.scenes.flow import start_scenes

    application = App()
    application.director = start_scenes(application, None, None, None)
    application.tick(0.016)
    yield application
    pygame.quit()


@pytest.fixture
def game_app() -> Iterator[App]:
    """The app with no scene yet: the test starts the level it plays."""
    import pygame

    from game.ui.app import App

    application = App()
    yield application
    pygame.quit()


@pytest.fixture
def small_big_text() -> Iterator[App]:
    """The app on the smallest window it supports with the largest text, no scene yet."""
    import pygame

    from game.ui.app import App
    from game.ui.store import Settings

    application = App((1024, 600), Settings(text_scale=200))
    yield application
    pygame.quit()
