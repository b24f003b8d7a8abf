"""The teacher's disk fills mid-lesson: the server answers each student in one line (their
game keeps the file), tells the teacher what to do in one line with no traceback, and
stores results again once there is room."""

from game.classroom.client import send_results
from game.classroom.code import make_code
from game.classroom.store import Store

from .conftest import bot_results


def fill(store: Store) -> int:
    """Cap the database at its present size, as a full disk would; returns that size."""
    pages = store._db.execute("PRAGMA page_count").fetchone()[0]
    store._db.execute(f"PRAGMA max_page_count={pages}")
    return pages


def test_results_sent_to_a_full_disk_are_refused_in_one_line_and_the_teacher_told_what_to_do(
    collecting, sesame, capsys
):
    server, store, lines = collecting
    host, port = server.server_address[:2]
    code = make_code(sesame.id, sesame.content_hash, 7, collect=f"{host}:{port}")
    results = [bot_results(sesame, code, student) for student in range(2)]
    store.add_session(code.text, sesame.id)
    fill(store)
    delivery = send_results(code, results[0])
    assert (delivery.ok, delivery.status) == (False, 503)
    assert delivery.message == "your teacher's computer cannot store results just now"
    assert len(lines) == 1 and lines[0].startswith("warning: cannot store results in ")
    assert lines[0].endswith("free some disk space; until then students hand in their files")
    assert "Traceback" not in capsys.readouterr().err
    store._db.execute("PRAGMA max_page_count=1073741823")  # room again
    assert send_results(code, results[1]).ok
    assert [r.nickname for r in store.results()] == [results[1].nickname]
