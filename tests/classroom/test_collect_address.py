"""`class new --collect` takes one computer's address: 0.0.0.0 (what `class serve --host`
listens on, easily copied across), a group (multicast) or the broadcast address would make
a code whose every result is sent nowhere, so each is refused in one line."""

import pytest

from game.classroom.reach import not_one_computer
from game.cli.main import main


@pytest.mark.parametrize("host", ["0.0.0.0", "224.0.0.1", "255.255.255.255"])
def test_an_address_no_game_can_send_to_is_refused(host: str):
    assert "not one computer's address" in (not_one_computer(host) or "")


def test_class_new_with_the_listening_address_copied_into_collect_makes_no_code(user_home, capsys):
    assert main(["class", "new", "sesame_garden", "--collect", "0.0.0.0:8765"]) == 2
    out, err = capsys.readouterr()
    assert "Session code" not in out and err.count("\n") == 1 and "192.168.1.20" in err


@pytest.mark.parametrize("host", ["192.168.1.20", "10.0.0.5", "127.0.0.1"])
def test_one_computers_address_is_taken(host: str):
    assert not_one_computer(host) is None
