"""A class game whose results could not be sent (the teacher's collector was stopped, or the
network is down) tells the student which button hands the file in, as a files-only class
does: "Hand in the file instead" alone left a 14-year-old looking for how."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from game.classroom.code import make_code
from game.core.level import Level
from tests.ui.drive import focus_keys
from tests.ui.test_class_scenes import level_in, play_to_the_debrief
from tests.ui.test_hand_in import closed_port

if TYPE_CHECKING:
    from game.ui.app import App


@pytest.fixture
def level(levels_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Level:
    monkeypatch.setenv("HOME", str(tmp_path))
    return level_in(levels_dir)


def test_results_not_sent_name_the_hand_in_button_below(app: App, level: Level) -> None:
    code = make_code(level.id, level.content_hash, 9, collect=f"127.0.0.1:{closed_port()}")
    play_to_the_debrief(app, code, level, "late-owl-5")
    note = app.top.points_box.html_text
    assert "Not sent" in note
    assert "press Hand in below" in note
    assert "Hand in" in focus_keys(app)
