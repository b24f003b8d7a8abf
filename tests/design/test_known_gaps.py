"""Gaps found while trying the designer tools, in code other work owns: each test shows the
gap and fails strictly, so the fix there turns it green and removes the mark."""

import pytest

from game.cli.common import printable_line


@pytest.mark.xfail(
    strict=True,
    reason="game/cli/common.py printable_line writes U+200B as '\\x200b', which reads as "
    "'\\x20' followed by '0b'; a code above 0xFF needs '\\u200b'",
)
def test_a_printed_name_shows_a_zero_width_space_as_an_escape_that_reads_back():
    assert printable_line("level\u200bid") == "level\\u200bid"
