"""One nickname with two different results in one class: both are counted, and the report
says so in one line, since a student who played twice would count twice."""

from game.classroom.code import make_code
from game.classroom.files import write_results
from game.classroom.gather import gather
from tests.classroom.conftest import results_of


def results_as(level, code, nickname: str, strategy: str):
    return results_of(level, code, nickname, strategy, bot_seed=3)


def test_two_different_results_under_one_nickname_are_counted_and_named_in_one_line(
    sesame, tmp_path
):
    code = make_code(sesame.id, sesame.content_hash, 7)
    first = write_results(
        results_as(sesame, code, "brave-owl-7", "conformist"), tmp_path / "a.json"
    )
    again = write_results(results_as(sesame, code, "brave-owl-7", "dissident"), tmp_path / "b.json")
    found = gather([tmp_path])
    assert len(found.results) == 2
    assert found.problems == [
        f"brave-owl-7: 2 different results ({first}, {again}), all counted; if one student "
        "played twice, leave out the file you do not want"
    ]


def test_the_same_nickname_in_two_sessions_is_not_noted(sesame, tmp_path):
    one = make_code(sesame.id, sesame.content_hash, 7)
    two = make_code(sesame.id, sesame.content_hash, 8)
    write_results(results_as(sesame, one, "brave-owl-7", "conformist"), tmp_path / "a.json")
    write_results(results_as(sesame, two, "brave-owl-7", "conformist"), tmp_path / "b.json")
    assert gather([tmp_path]).problems == []
