"""The projector debrief's first step names the session codes in words a teacher reads out:
results played outside a class said "Session no session" on the projector."""

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


def _results(levels_dir: Path, session: str, nickname: str) -> None:
    level = load_level(levels_dir / "all_features.yaml").level
    code = make_code(level.id, level.content_hash, 4).text if session == "code" else ""
    episode = run_episode(level, chooser_for(level, "conformist"), 4, bot_seed=1)
    write_results(
        make_results(
            nickname, code, level.id, level.content_hash, 4, episode.actions, episode.outcome
        )
    )


def test_results_played_outside_a_class_say_so_instead_of_session_no_session(
    app: App, levels_dir: Path
) -> None:
    _results(levels_dir, "", "lone-owl-1")
    lines = kept_class_title(app)
    assert not any(line.startswith("Session no session") for line in lines)
    assert lines[1] == "Played outside a class: no session code"


def test_a_class_s_results_name_their_session_code(app: App, levels_dir: Path) -> None:
    _results(levels_dir, "code", "calm-crane-4")
    _results(levels_dir, "", "lone-owl-1")
    (line,) = [line for line in kept_class_title(app) if line.startswith("Session code: CS-")]
    assert line.endswith("(and some played outside a class)")
