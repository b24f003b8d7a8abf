"""Lint warned of a character the bundled font cannot draw at the start of its text
(`title: Good 📦` at the column of "Good") and said "character 6", so a designer counted
characters to find it. When the YAML writes the text on one line up to the character
(plain, '...' or "..." with no escape before it), the warning now points at the character
itself and names it by column; where the exact place cannot be known (a block scalar, text
folded over lines, an escape) it keeps pointing at the text's start, by character."""

from pathlib import Path

import pytest

from game.design.lint import lint_file

PACKAGE = "\U0001f4e6"
"""An emoji DejaVu Sans has no glyph for (U+1F4E6 PACKAGE)."""
TITLE = "  title: Good Neighbour Points"
"""The tutorial level's title, on line 5, its text starting at column 10."""


def undrawable(path: Path) -> list[tuple[int, int, str]]:
    return [
        (w.line, w.column, w.message) for w in lint_file(path) if w.check == "undrawable-character"
    ]


def character_at(path: Path, line: int, column: int) -> str:
    return path.read_text(encoding="utf-8").split("\n")[line - 1][column - 1]


@pytest.mark.parametrize(
    "written",
    [
        f"Good {PACKAGE}",
        f"'Good {PACKAGE}'",
        f'"Good {PACKAGE}"',
        f"'Ana''s {PACKAGE}'",
        f"Good   {PACKAGE}  # a comment",
    ],
    ids=["plain", "single-quoted", "double-quoted", "quote doubled before it", "spaces"],
)
def test_a_character_in_text_written_on_one_line_is_pointed_at_by_its_column(
    write_level, tutorial_text, written
):
    path = write_level(tutorial_text.replace(TITLE, f"  title: {written}"))
    ((line, column, message),) = undrawable(path)
    assert line == 5 and character_at(path, line, column) == PACKAGE
    assert f"U+1F4E6 PACKAGE (column {column})" in message
    assert "(character" not in message


def test_each_character_named_is_given_its_own_column(write_level, tutorial_text):
    path = write_level(tutorial_text.replace(TITLE, "  title: Mail \U0001f4e7 and \U0001f4e8"))
    ((line, column, message),) = undrawable(path)
    assert column == 15
    assert "U+1F4E7 E-MAIL SYMBOL (column 15)" in message
    assert "U+1F4E8 INCOMING ENVELOPE (column 21)" in message
    assert character_at(path, line, 21) == "\U0001f4e8"


def test_a_list_entry_on_one_line_is_pointed_at_by_its_column(write_level, tutorial_text):
    entry = "    - Explain how a points scheme turns everyday choices into a number."
    assert tutorial_text.count(entry) == 1
    path = write_level(tutorial_text.replace(entry, f"    - Explain {PACKAGE} scores."))
    ((line, column, message),) = undrawable(path)
    assert character_at(path, line, column) == PACKAGE and f"(column {column})" in message


@pytest.mark.parametrize(
    "written",
    [
        f'"Good\\x20{PACKAGE}"',
        f'"Caf\\u00e9 {PACKAGE}"',
        f"Good\n    {PACKAGE}",
        f"'Good\n    {PACKAGE}'",
        f">-\n    Good {PACKAGE}",
        f"|-\n    Good {PACKAGE}",
    ],
    ids=["escape", "unicode escape", "plain folded", "quoted folded", "folded block", "block"],
)
def test_where_the_place_cannot_be_known_the_warning_keeps_the_start_and_the_count(
    write_level, tutorial_text, written
):
    path = write_level(tutorial_text.replace(TITLE, f"  title: {written}"))
    ((line, column, message),) = undrawable(path)
    assert (line, column) == (5, 10)
    assert "U+1F4E6 PACKAGE (character 6)" in message and "column" not in message
