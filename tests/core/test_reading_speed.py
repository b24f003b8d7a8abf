"""Reading a level pauses the cycle collector (tens of thousands of new objects would start
it over and over) and leaves it as it found it."""

import gc
from collections.abc import Iterator

import pytest

from game.core.content.loader import load_level_text
from tests.core.levels import MINIMAL


@pytest.fixture
def collector_restored() -> Iterator[None]:
    was_on = gc.isenabled()
    yield
    if was_on:
        gc.enable()
    else:
        gc.disable()


def test_the_collector_is_on_again_after_a_level_is_read(collector_restored: None) -> None:
    gc.enable()
    assert load_level_text(MINIMAL).ok
    assert gc.isenabled()


def test_the_collector_is_on_again_after_a_file_with_a_syntax_error(
    collector_restored: None,
) -> None:
    gc.enable()
    assert not load_level_text("format: 1\nmeta: {id: [\n").ok
    assert gc.isenabled()


def test_a_collector_turned_off_by_the_game_stays_off(collector_restored: None) -> None:
    gc.disable()
    assert load_level_text(MINIMAL).ok
    assert not gc.isenabled()


def test_keys_that_are_not_words_are_read_as_before_the_quick_path_for_words():
    from game.core.content.yaml_source import parse_yaml_text

    parsed = parse_yaml_text("1: a\nyes: b\nword: [c, 2, d]\n[x]: e\nword: f\n", "k.yaml")
    assert parsed.data == {"1": "a", "True": "b", "word": ["c", 2, "d"]}
    assert [(p.line, p.column, p.message) for p in parsed.problems] == [
        (4, 1, "mapping keys must be plain words"),
        (5, 1, "duplicate key 'word'"),
    ]
    assert parsed.positions.of(("word", 2)) == (3, 14)
    assert parsed.positions.of(("True",), key=True) == (2, 1)
