"""A results file is read with the game's own nickname rule: a nickname with a joiner or a
combining mark, which the game never writes, would show as a second "alice" on the report."""

import pytest

from game.classroom.results import parse_results


@pytest.mark.parametrize("nickname", ["al\u200dice", "alice\u0301", "ali\u200cce"])
def test_a_nickname_the_game_would_refuse_is_refused_in_a_results_file(
    class_results, nickname: str
):
    data = class_results[0].to_json() | {"nickname": nickname}
    with pytest.raises(ValueError, match="nickname"):
        parse_results(data)


def test_a_nickname_the_game_writes_is_read(class_results):
    data = class_results[0].to_json() | {"nickname": "Ann-Marie 2"}
    assert parse_results(data).nickname == "Ann-Marie 2"
