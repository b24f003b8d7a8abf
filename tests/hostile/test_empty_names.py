"""An empty name (an unset shell variable: `citizen-score validate "$LEVEL"`) is refused as an
argument error, never read as the current folder: `validate ''` checked every level there,
`replay ''` named '.' and `--record ''` said '.' is a folder, and `class report ''` reported
on every file in the current folder."""

import pytest

from game.cli.main import main

CASES = [
    ["validate", ""],
    ["lint", "the_list", ""],
    ["replay", ""],
    ["debrief", ""],
    ["autoplay", "the_list", "--results", ""],
    ["autoplay", "the_list", "--record", ""],
    ["schema", "-o", ""],
    ["simulate", "the_list", "--csv", ""],
    ["society", "the_list", "--png", ""],
    ["class", "report", ""],
    ["class", "report", "levels", ""],
    ["class", "serve", "--db", ""],
    ["class", "new", "the_list", "--collect", "127.0.0.1:8765", "--db", ""],
]


@pytest.mark.parametrize("argv", CASES, ids=[" ".join(a) for a in CASES])
def test_an_empty_file_name_is_an_argument_error_naming_the_argument(argv: list[str], capsys):
    with pytest.raises(SystemExit) as stop:
        main(argv)
    err = capsys.readouterr().err
    assert stop.value.code == 2
    assert err.endswith(": an empty name: give a file name\n") and err.count("\n") == 1
