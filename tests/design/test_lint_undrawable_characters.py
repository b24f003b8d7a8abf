"""A designer puts an emoji in a level's title: validate and lint say nothing, and the game
draws it as an empty box, because the bundled font (DejaVu Sans) has no glyph for it."""

import pytest

from game.design.lint import lint_file


@pytest.mark.xfail(
    strict=True,
    reason="no lint check warns of characters the bundled font cannot draw; a new check name "
    "belongs in game/core/spec/intended.py (Check)",
)
def test_a_title_with_an_emoji_the_font_lacks_is_warned_of(write_level, tutorial_text):
    text = tutorial_text.replace(
        "  title: Good Neighbour Points", "  title: Good Neighbour \U0001f4e6"
    )
    warnings = lint_file(write_level(text))
    assert any("U+1F4E6" in w.format() for w in warnings), [w.format() for w in warnings]
