"""Only long words holding zero-width characters are given spaces before the text layout."""

import unicodedata

from game.ui.breakable import GROUP, breakable, breakable_path
from game.ui.line_breaks import ZERO_WIDTH_SPACE


def test_ordinary_markup_and_long_plain_words_are_left_as_they_are():
    markup = (
        "<b>Wei</b> · friend<br>https://example.org/" + "a" * 80 + " caf\u00e9 &amp; na\u0308ive"
    )
    assert breakable(markup) == markup


def test_a_long_word_of_marked_letters_is_cut_into_groups_that_keep_their_marks():
    word = "a\u0301\u0302" * 30
    groups = (
        breakable(f"<i>{word}</i>").removeprefix("<i>").removesuffix("</i>").split(ZERO_WIDTH_SPACE)
    )
    assert "".join(groups) == word
    assert all(len(g) == 3 * GROUP for g in groups[:-1])
    assert all(unicodedata.category(g[0]) == "Ll" for g in groups)


PATH_NOTE = (
    "Your results are in /home/ana/.local/share/citizen-score/classroom/results/"
    "sesame_garden-swift-otter-42-2f9c6a19a6e.json"
)


def rows_of(markup: str, width: int) -> list[str]:
    """The rows pygame_gui lays the markup out in, in a box `width` pixels wide."""
    import pygame
    import pygame_gui

    from game.ui.line_breaks import keep_line_breaks_on_their_row

    pygame.init()
    pygame.display.set_mode((800, 600))
    keep_line_breaks_on_their_row()
    manager = pygame_gui.UIManager((800, 600))
    box = pygame_gui.elements.UITextBox(markup, pygame.Rect(0, 0, width, 400), manager=manager)
    rows = box.text_box_layout.layout_rows
    return ["".join(getattr(c, "text", "") for c in row.items) for row in rows]


def test_a_file_path_in_a_narrow_box_wraps_after_its_separators_with_no_hyphen_added():
    rows = rows_of(breakable(breakable_path(PATH_NOTE)), 260)
    assert len(rows) > 2  # wrapped, and not a character added (pygame_gui's hyphens) or lost
    assert "".join(rows).replace(ZERO_WIDTH_SPACE, "") == PATH_NOTE
