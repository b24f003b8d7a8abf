"""The class database deleted or replaced while the collector runs (a clean-up, a sync tool
restoring an older copy): results sent after it are refused, so each student's game keeps
its file, instead of being written into the deleted file and lost when the collector stops."""

from pathlib import Path

from game.classroom.client import send_results

from .conftest import bot_results


def test_results_sent_after_the_database_file_was_deleted_are_refused_and_the_teacher_told(
    serve, sesame, tmp_path: Path
):
    running = serve()
    told: list[str] = []
    running.server.log = told.append
    code = running.collect_code(sesame)
    running.store.add_session(code.text, sesame.id)
    assert send_results(code, bot_results(sesame, code, 0)).status == 201
    told.clear()
    for path in tmp_path.glob("class.db*"):
        path.unlink()
    delivery = send_results(code, bot_results(sesame, code, 1))
    assert (delivery.ok, delivery.status) == (False, 503)
    assert len(told) == 1 and "deleted or replaced" in told[0]
    assert "start it again" in told[0]


def test_results_sent_after_the_database_file_was_replaced_are_refused(
    serve, sesame, tmp_path: Path
):
    running = serve()
    code = running.collect_code(sesame)
    running.store.add_session(code.text, sesame.id)
    old = tmp_path / "class.db"
    copy = tmp_path / "copy.db"
    copy.write_bytes(old.read_bytes())
    copy.replace(old)
    assert send_results(code, bot_results(sesame, code, 1)).status == 503
