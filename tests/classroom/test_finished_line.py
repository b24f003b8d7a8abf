"""The line the collector prints as a student finishes says how far the class is (finished of
joined, as the dashboard counts them): 'one more student finished' printed six times told the
teacher at the terminal nothing of how many were still playing. It never names anyone."""

from game.classroom.client import send_join, send_results
from game.classroom.code import make_code
from tests.classroom.conftest import bot_results


def test_each_finished_line_says_how_many_of_those_who_joined_have_finished(
    collecting, sesame, tmp_path, monkeypatch
):
    server, store, lines = collecting
    host, port = server.server_address[:2]
    code = make_code(sesame.id, sesame.content_hash, 7, collect=f"{host}:{port}")
    store.add_session(code.text, sesame.id)
    students = [bot_results(sesame, code, i) for i in range(3)]
    for i, student in enumerate(students):
        monkeypatch.setenv("CITIZEN_SCORE_HOME", str(tmp_path / f"student-{i}"))
        assert send_join(code, student.nickname).ok
    for student in students[:2]:
        assert send_results(code, student).ok
    assert lines == [
        f"one more student finished session {code.text}: 1 of 3 who joined",
        f"one more student finished session {code.text}: 2 of 3 who joined",
    ]
    assert not any(s.nickname in line for s in students for line in lines)
