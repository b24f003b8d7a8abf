"""Only long words holding zero-width characters are given spaces before the text layout."""

import unicodedata

from game.ui.breakable import GROUP, breakable
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
