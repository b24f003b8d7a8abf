"""A session code typed or pasted wrong is named back in its error line cut short and with
its escape sequences shown, never a page of text or colours sent to the terminal."""

import pytest

from game.cli.main import main

PASTED = "CS-" + "A" * 5000
COLOURED = "CS-8E22\x1b[31m-AB80"


@pytest.mark.parametrize(
    "argv",
    [
        ["class", "report", ".", "--session", PASTED],
        ["class", "serve", "--port", "1", "--session", PASTED],
    ],
)
def test_a_pasted_page_given_as_a_session_code_is_named_in_a_short_line(argv, user_home, capsys):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and len(err) < 200


@pytest.mark.parametrize(
    "argv",
    [
        ["class", "report", ".", "--session", COLOURED],
        ["class", "serve", "--port", "1", "--session", COLOURED],
    ],
)
def test_an_escape_sequence_in_a_session_code_is_shown_not_sent_to_the_terminal(
    argv, user_home, capsys
):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\\x1b[31m" in err
