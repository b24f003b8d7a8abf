"""The projector debrief counts a student who played again under a new nickname once: its
first slide says how many finished, and that a game played again was left out."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from game.classroom.code import make_code
from game.classroom.files import write_results
from game.core.content.loader import load_level
from tests.classroom.conftest import bot_results
from tests.ui.drive import kept_class_title

if TYPE_CHECKING:
    from game.ui.app import App

ONE_COMPUTER = "0123456789abcdef0123456789abcdef"
ANOTHER = "fedcba9876543210fedcba9876543210"


def test_the_first_slide_counts_a_student_who_played_again_once(app: App, levels_dir: Path) -> None:
    level = load_level(levels_dir / "all_features.yaml").level
    code = make_code(level.id, level.content_hash, 7)
    seats = [(ONE_COMPUTER, 1_000), (ONE_COMPUTER, 2_000), (ANOTHER, 1_500)]
    for student, (seat, finished) in enumerate(seats):
        played = bot_results(level, code, student)
        write_results(played.model_copy(update={"seat": seat, "finished": finished}))
    lines = kept_class_title(app)
    assert lines[0] == "2 students finished"
    assert app.top.report.students == 2
    assert (
        "1 game was played again on a computer that had already finished: only each "
        "computer's first game is counted."
    ) in lines
    assert not any("student-0" in line for line in lines)  # no nickname on the projector
