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


def test_a_key_with_no_space_after_its_colon_is_reported_on_its_own_line(tutorial_text):
    lines = problems_after(tutorial_text, "  money: 200\n", "  money:200\n")
    assert len(lines) == 1 and "no space after this ':'" in lines[0], lines
    line = tutorial_text.splitlines().index("  money: 200") + 1
    assert lines[0].startswith(f"level.yaml:{line}:8:"), lines


def test_a_full_width_colon_is_named_where_it_is_typed(tutorial_text):
    lines = problems_after(tutorial_text, "  money: 200\n", "  money\uff1a 200\n")
    line = tutorial_text.splitlines().index("  money: 200") + 1
    assert len(lines) == 1 and lines[0].startswith(f"level.yaml:{line}:8:"), lines
    assert "full-width colon" in lines[0], lines


def test_a_second_document_in_the_file_is_said_in_plain_words(tutorial_text):
    lines = problems_after(tutorial_text, "format: 1\n", "format: 1\n---\nformat: 1\n")
    assert len(lines) == 1 and "a second document starts here ('---')" in lines[0], lines


def test_a_backslash_in_double_quotes_is_explained_with_single_quotes_as_the_cure(tutorial_text):
    old = 'text: "Thank you, committee, for a tidy estate!"'
    lines = problems_after(tutorial_text, old, 'text: "C:\\path\\tidy"')
    assert len(lines) == 1 and "backslash" in lines[0] and "single quotes" in lines[0], lines
    assert "found unknown escape" not in lines[0], lines


def test_a_hash_inside_braces_is_named_as_the_comment_that_cut_the_line(tutorial_text):
    old = 'text: "Thank you, committee, for a tidy estate!"'
    lines = problems_after(tutorial_text, old, "text: Thanks #committee")
    assert len(lines) == 1 and "' #' starts a comment" in lines[0], lines


def test_a_list_entry_without_a_space_after_its_dash_says_to_add_the_space(tutorial_text):
    old = "    - Explain how a points scheme"
    lines = problems_after(tutorial_text, old, "    -Explain how a points scheme")
    assert len(lines) == 1 and "a dash and a space" in lines[0], lines


def test_an_event_with_the_id_of_a_rule_is_refused_because_score_changes_go_by_id(
    tutorial_text,
):
    event = (
        "events:\n  - id: noise_report\n    day: 2\n"
        "    effects: {score: {delta: -5, reason: A late noise report.}}\n"
    )
    lines = problems_after(tutorial_text, "goals:\n", event + "goals:\n")
    assert len(lines) == 1 and "an event has the id 'noise_report' of the rule" in lines[0], lines


def test_text_cut_by_a_comma_inside_braces_is_explained_as_the_comma_not_a_key(tutorial_text):
    old = "{id: flowers, label: Flowers for the stairwell,"
    lines = problems_after(tutorial_text, old, "{id: flowers, label: Flowers, for the stairwell,")
    assert len(lines) == 1 and "unknown key 'for the stairwell'" in lines[0], lines
    assert "quote text with commas" in lines[0], lines


def test_a_line_of_text_read_as_a_key_says_to_quote_the_text(tutorial_text):
    old = "  minutes: 5\n"
    lines = problems_after(tutorial_text, old, old + "  Note to self: check this\n")
    assert len(lines) == 1 and "quote the whole text" in lines[0], lines


def test_a_key_with_a_cyrillic_letter_that_looks_latin_names_that_letter(tutorial_text):
    lines = problems_after(tutorial_text, "  money: 200", "  m\u043eney: 200")
    assert len(lines) == 1 and "U+043E, cyrillic small letter o" in lines[0], lines
