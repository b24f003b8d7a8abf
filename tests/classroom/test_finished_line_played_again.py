"""The collector's line for a game sent from a computer that had already finished (a student
who played again under a new nickname) says it was played again: 'one more student finished'
counted one student twice, while the report counts that computer's first game only."""

from game.classroom.client import send_join, send_results
from game.classroom.code import make_code
from tests.classroom.conftest import bot_results


def test_a_game_played_again_on_a_finished_computer_is_not_one_more_student(
    collecting, sesame, tmp_path, monkeypatch
):
    server, store, lines = collecting
    host, port = server.server_address[:2]
    code = make_code(sesame.id, sesame.content_hash, 7, collect=f"{host}:{port}")
    store.add_session(code.text, sesame.id)
    first, again = (
        bot_results(sesame, code, i).model_copy(update={"seat": "5" * 32, "finished": i})
        for i in range(2)
    )
    monkeypatch.setenv("CITIZEN_SCORE_HOME", str(tmp_path / "one-computer"))
    for game in (first, again):
        assert send_join(code, game.nickname).ok
        assert send_results(code, game).ok
    assert lines[0] == f"one more student finished session {code.text}: 1 of 1 who joined"
    assert lines[1].startswith(
        f"a game was played again on a computer that had finished session {code.text}"
    ), lines
    assert not any(g.nickname in line for g in (first, again) for line in lines)
