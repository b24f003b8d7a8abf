"""Slips a new designer made writing a level from the tutorial, each read back as one plain
line at the right place (a broken entry hides none of the others' tags; a source line with
invisible or wide characters keeps its caret under the column; YAML's own phrases are said
in a designer's words)."""

import unicodedata

from game.core.content.loader import load_level_text
from game.core.content.problems import excerpt


def problems_after(tutorial_text: str, old: str, new: str) -> list[str]:
    assert old in tutorial_text
    result = load_level_text(tutorial_text.replace(old, new, 1), "level.yaml")
    return [p.format() for p in result.problems]


def test_a_broken_item_leaves_the_other_items_tags_known_to_a_strategy(tutorial_text):
    old = "{id: speaker, label: Party speaker, price: 40,"
    lines = problems_after(tutorial_text, old, old.replace("price: 40", "price: -40"))
    assert len(lines) == 1 and "price" in lines[0], lines


def test_a_key_with_a_pasted_no_break_space_is_shown_escaped_and_named(tutorial_text):
    lines = problems_after(tutorial_text, "  money: 200", "  money\u00a0: 200")
    assert len(lines) == 1, lines
    assert "unknown key 'money\\xa0'" in lines[0] and "U+00A0" in lines[0], lines


def test_an_id_with_a_zero_width_space_says_it_holds_an_invisible_character(tutorial_text):
    lines = problems_after(tutorial_text, "{id: flowers,", "{id: flo\u200bwers,")
    assert any("not a valid id" in line and "U+200B" in line for line in lines), lines


def caret_under(tutorial_text: str, old: str, new: str) -> tuple[str, str]:
    """The source line and the caret line printed under the first problem."""
    text = tutorial_text.replace(old, new, 1)
    problem = load_level_text(text, "level.yaml").problems[0]
    source, caret = excerpt(problem, text.split("\n"))
    return source, caret


def cells(text: str) -> int:
    """Terminal cells a text takes: two for each wide character."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def test_the_caret_stays_under_the_mistake_after_chinese_text_on_the_same_line(tutorial_text):
    old = "{id: flowers, label: Flowers for the stairwell, price: 15,"
    source, caret = caret_under(tutorial_text, old, "{id: flowers, label: 楼梯的花, price: -15,")
    assert cells(source[: source.index("-15")]) == caret.index("^"), (source, caret)


def test_the_caret_stays_under_the_mistake_after_an_escaped_invisible_character(tutorial_text):
    old = "{id: flowers, label: Flowers for the stairwell, price: 15,"
    new = "{id: flowers, label: Flowers\u200b for the stairwell, price: -15,"
    source, caret = caret_under(tutorial_text, old, new)
    assert "\\u200b" in source and source.index("-15") == caret.index("^"), (source, caret)
