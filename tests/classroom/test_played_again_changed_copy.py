"""A copy of a student's results changed by hand (a better score, under another nickname)
carries that student's computer and an earlier or equal finishing time. The report never
counts the changed copy; its lines must not call the student's own game "played again"
either, while the CSV counts that game."""

from __future__ import annotations

import json
from pathlib import Path

from game.classroom.code import make_code
from game.classroom.finish import finish_level
from game.classroom.gather import gather
from game.classroom.report import build_report
from game.classroom.verify import CHANGED, trusted
from game.sim.bots import chooser_for
from game.sim.runner import run_episode


def handed_in(tmp_path: Path, monkeypatch, sesame) -> Path:
    """Two students' files, and a changed copy of the first one's under a new nickname."""
    code = make_code(sesame.id, sesame.content_hash, 3)
    folder = tmp_path / "handed-in"
    folder.mkdir()
    for pc, (nickname, strategy) in enumerate(
        (("moon-pie-7", "dissident"), ("kind-yak-3", "conformist"))
    ):
        monkeypatch.setenv("CITIZEN_SCORE_HOME", str(tmp_path / f"pc-{pc}"))
        episode = run_episode(sesame, chooser_for(sesame, strategy), code.seed, bot_seed=pc)
        finish_level(
            code,
            nickname,
            sesame,
            code.seed,
            episode.actions,
            episode.outcome,
            strategy,
            folder / f"{nickname}.json",
        )
    data = json.loads((folder / "moon-pie-7.json").read_text("utf-8"))
    data["nickname"] = "hacker-cat-9"
    data["outcome"]["path"][-1][1] = 949
    (folder / "hacker-cat-9.json").write_text(json.dumps(data), "utf-8")
    return folder


def test_a_changed_copy_does_not_make_its_students_own_game_read_as_played_again(
    tmp_path, monkeypatch, sesame
):
    folder = handed_in(tmp_path, monkeypatch, sesame)
    level, found, _ = trusted(gather([folder]), [sesame])
    report = build_report(found.results, level)
    assert sorted(r.nickname for r in report.rows) == ["kind-yak-3", "moon-pie-7"]
    assert any("hacker-cat-9" in line and CHANGED in line for line in found.problems)
    again = [line for line in found.problems if "played again" in line]
    assert again == [], again
