"""After a class level, Enter must not leave the debrief that says whether the results went
to the teacher: a student who presses Enter through the last evening, as students do,
otherwise never sees 'Hand in' or 'Not sent' and starts another level."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pygame
import pytest

from game.classroom.code import make_code
from game.core.content.loader import load_level
from tests.ui.conftest import FIXTURE
from tests.ui.drive import FRAME, play_days_to_the_debrief


@pytest.fixture
def app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator:
    from game.ui.app import App
    from game.ui.scenes.flow import start_scenes

    folder = tmp_path / "levels"
    folder.mkdir()
    shutil.copy(FIXTURE, folder / "all_features.yaml")
    monkeypatch.setenv("CITIZEN_SCORE_LEVELS", str(folder))
    application = App()
    application.director = start_scenes(application, None, None, None)
    application.tick(FRAME)
    yield application
    pygame.quit()


def test_the_debrief_of_a_class_level_does_not_start_on_next_level(app, tmp_path):
    level = load_level(tmp_path / "levels" / "all_features.yaml").level
    app.director.start_class(make_code(level.id, level.content_hash, 9), level, "calm-crane-4")
    app.tick(FRAME)
    play_days_to_the_debrief(app, limit=40)
    assert app.top.name == "debrief"
    assert app.top.focus.current_key() == "Hand in"
