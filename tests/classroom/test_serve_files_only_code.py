"""A session code made without --collect, given to `class serve`: its students' games send
nothing, so the teacher is warned at once instead of watching an empty dashboard."""

from pathlib import Path

from game.classroom.code import make_code
from game.core.level import Level
from tests.classroom.test_reach import free_port, serve_briefly


def test_serving_a_code_that_sends_no_results_warns_that_students_hand_in_files(
    sesame: Level, tmp_path: Path, user_home
):
    code = make_code(sesame.id, sesame.content_hash, 1)
    args = ("--port", str(free_port()), "--db", str(tmp_path / "c.db"), "--session", code.text)
    out, err = serve_briefly(tmp_path, *args)
    assert "Dashboard:" in out
    assert f"warning: {code.text} sends no results" in err and err.count("\n") == 1


def test_serving_a_code_that_sends_here_gives_no_such_warning(sesame: Level, tmp_path: Path):
    port = free_port()
    code = make_code(sesame.id, sesame.content_hash, 1, collect=f"127.0.0.1:{port}")
    args = ("--port", str(port), "--db", str(tmp_path / "c.db"), "--session", code.text)
    assert "sends no results" not in serve_briefly(tmp_path, *args)[1]
