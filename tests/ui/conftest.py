"""UI tests drive the real app, one frame at a time, with posted input events only."""

import shutil
from pathlib import Path

import pytest

FIXTURE = Path(__file__).parents[1] / "fixtures" / "levels" / "all_features.yaml"


@pytest.fixture
def levels_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "levels"
    folder.mkdir()
    shutil.copy(FIXTURE, folder / "all_features.yaml")
    monkeypatch.setenv("CITIZEN_SCORE_LEVELS", str(folder))
    return folder


@pytest.fixture
def app(levels_dir: Path):  # type: ignore[no-untyped-def]
    import pygame

    from game.ui.app import App
    from game.ui.scenes.flow import start_scenes

    application = App()
    application.director = start_scenes(application, None, None, None)
    application.tick(0.016)
    yield application
    pygame.quit()
