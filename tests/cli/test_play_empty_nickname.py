"""`play --session CODE --nickname ""` (an unset shell variable) is refused before the
window opens, as autoplay refuses it, rather than given a random nickname unseen."""

import pytest

from game.classroom.code import make_code
from game.classroom.levels import shipped_levels
from game.cli.main import main


@pytest.mark.parametrize("command", ["play", "autoplay"])
def test_an_empty_nickname_for_a_class_game_is_refused_in_one_line(command: str, capsys):
    sesame = next(lv for lv in shipped_levels() if lv.id == "sesame_garden")
    code = make_code(sesame.id, sesame.content_hash, 3).text
    assert main([command, "--session", code, "--nickname", ""]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--nickname: a nickname is 1 to 24" in err
