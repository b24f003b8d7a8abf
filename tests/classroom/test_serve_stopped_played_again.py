"""Ctrl+C on the collector counts students as the report does: one computer's second game
(a student who played again under a new nickname) is not one more student finished."""

from game.classroom.code import make_code
from game.classroom.store import Store
from tests.classroom.test_serve_stopped import _serve_then_ctrl_c


def test_ctrl_c_counts_a_game_played_again_apart_from_the_students(tmp_path, sesame, class_results):
    db = tmp_path / "class.db"
    code = make_code(sesame.id, sesame.content_hash, 7, collect="127.0.0.1:8765").text
    store = Store(db)
    store.add_session(code, sesame.id)
    one_seat = "1" * 32
    for i, r in enumerate(class_results[:3]):
        seat = one_seat if i < 2 else "2" * 32  # the first computer finished twice
        store.add_results(r.model_copy(update={"session": code, "seat": seat, "finished": i}))
    store.close()
    out = _serve_then_ctrl_c(tmp_path, "--db", str(db), "--session", code).splitlines()
    assert out[-2].startswith(
        f"Stopped: 2 students finished (and 1 game was played again) in {code}; "
    ), out[-2]
