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
