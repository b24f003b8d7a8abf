"""A source line printed to a terminal shows each invisible character as the escape that
names it, so nothing in a level can drive the terminal and nothing hides."""

from game.cli.common import printable_line


def test_a_printed_name_shows_a_zero_width_space_as_an_escape_that_reads_back():
    assert printable_line("level\u200bid") == "level\\u200bid"


def test_a_printed_line_shows_a_terminal_escape_as_its_code_and_keeps_tabs():
    assert printable_line("a\x1b[2Jb\tc") == "a\\x1b[2Jb\tc"
