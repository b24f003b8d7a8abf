"""`class new --collect 127.0.0.1:PORT` (a trial on one computer; the command warns that the
students' computers cannot send there) prints the collector's command with --host 127.0.0.1:
it printed --host 0.0.0.0, opening the collector to every machine on the network for a code
that sends to this computer only. A code with a network address keeps --host 0.0.0.0."""

from __future__ import annotations

from game.cli.main import main


def printed(capsys, tmp_path, collect: str) -> str:
    assert (
        main(
            ["class", "new", "sesame_garden", "--collect", collect, "--db", str(tmp_path / "c.db")]
        )
        == 0
    )
    return capsys.readouterr().out


def test_a_code_for_this_computer_only_prints_a_collector_for_this_computer_only(capsys, tmp_path):
    out = printed(capsys, tmp_path, "127.0.0.1:8765")
    assert "class serve --host 127.0.0.1 --port 8765" in out
    assert "0.0.0.0" not in out


def test_a_code_with_a_network_address_prints_a_collector_on_the_network(capsys, tmp_path):
    out = printed(capsys, tmp_path, "192.168.1.20:8765")
    assert "class serve --host 0.0.0.0 --port 8765" in out
