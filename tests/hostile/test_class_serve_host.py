"""`class serve --host`: an address the system cannot take is one line and exit 2, before
the database is opened; an empty one is never read as every network."""

import pytest

from game.cli.main import main


@pytest.mark.parametrize(
    ("host", "said"),
    [
        ("", "an empty address"),
        ("\udcff", r"'\udcff' is not an address"),  # a byte that is not UTF-8, as Python reads it
        ("host\x1b[2J", r"'host\x1b[2J' is not an address"),
        ("a" * 300, "'aaaaaaaaaaaaaaaaaaaaaaaa...' is not an address"),
    ],
)
def test_a_host_the_system_cannot_take_is_one_line_and_exit_2(
    host: str, said: str, tmp_path, capsys
):
    with pytest.raises(SystemExit) as stop:
        main(["class", "serve", "--host", host, "--db", str(tmp_path / "class.db")])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and said in err and "\x1b" not in err
    assert not (tmp_path / "class.db").exists()
