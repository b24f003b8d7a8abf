"""Slips a new designer made writing a level from the tutorial, each read back as one plain
line at the right place (a broken entry hides none of the others' tags; a source line with
invisible or wide characters keeps its caret under the column; YAML's own phrases are said
in a designer's words)."""

from game.core.content.loader import load_level_text


def problems_after(tutorial_text: str, old: str, new: str) -> list[str]:
    assert old in tutorial_text
    result = load_level_text(tutorial_text.replace(old, new, 1), "level.yaml")
    return [p.format() for p in result.problems]


def test_a_broken_item_leaves_the_other_items_tags_known_to_a_strategy(tutorial_text):
    old = "{id: speaker, label: Party speaker, price: 40,"
    lines = problems_after(tutorial_text, old, old.replace("price: 40", "price: -40"))
    assert len(lines) == 1 and "price" in lines[0], lines
