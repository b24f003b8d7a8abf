"""User files' JSON is read to MAX_JSON_DEPTH levels of lists and objects, and no deeper."""

import pytest

from game.userfiles import MAX_JSON_DEPTH, FileFormatError, parse_json


def _nested(levels: int) -> str:
    """Lists and objects in turn, `levels` deep, with a number and a string at the bottom."""
    text = '[1, "a"]'
    for level in range(levels - 1):
        text = f'{{"k": {text}, "n": 2}}' if level % 2 == 0 else f"[3, {text}]"
    return text


def test_json_nested_as_deep_as_the_limit_is_read():
    data = parse_json(_nested(MAX_JSON_DEPTH), "x.json")
    assert isinstance(data, dict | list)


def test_json_nested_one_level_past_the_limit_is_refused_in_one_line():
    with pytest.raises(FileFormatError, match=f"x.json: nested more than {MAX_JSON_DEPTH} levels"):
        parse_json(_nested(MAX_JSON_DEPTH + 1), "x.json")


def test_a_deep_branch_beside_shallow_ones_is_still_found():
    shallow = ",".join(["[]"] * 1000)
    with pytest.raises(FileFormatError, match="nested more than"):
        parse_json(f"[{shallow}, {_nested(MAX_JSON_DEPTH)}]", "x.json")
