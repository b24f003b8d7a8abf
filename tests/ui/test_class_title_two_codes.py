"""The projector's first step says when results from several session codes are counted
together: one student's file from another class (or a database of several classes) was
mixed into the charts with only the codes listed, so the teacher could not tell."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from game.classroom.code import make_code
from game.classroom.files import write_results
from game.classroom.results import make_results
from game.core.content.loader import load_level
from game.sim.bots import chooser_for
from game.sim.runner import run_episode
from tests.ui.drive import kept_class_title

if TYPE_CHECKING:
    from game.ui.app import App


def _results(levels_dir: Path, seed: int, nickname: str) -> None:
    level = load_level(levels_dir / "all_features.yaml").level
    code = make_code(level.id, level.content_hash, seed).text
    episode = run_episode(level, chooser_for(level, "conformist"), seed, bot_seed=1)
    write_results(
        make_results(
            nickname, code, level.id, level.content_hash, seed, episode.actions, episode.outcome
        )
    )


def test_results_from_two_codes_say_they_are_counted_together_and_how_to_show_one(
    app: App, levels_dir: Path
) -> None:
    _results(levels_dir, 4, "calm-crane-4")
    _results(levels_dir, 5, "lone-owl-1")
    (line,) = [line for line in kept_class_title(app) if line.startswith("Read first:")]
    assert "2 session codes are counted together" in line and "add its code after ;" in line


def test_results_of_one_code_have_no_such_line(app: App, levels_dir: Path) -> None:
    _results(levels_dir, 4, "calm-crane-4")
    _results(levels_dir, 4, "lone-owl-1")
    assert not any(line.startswith("Read first:") for line in kept_class_title(app))
