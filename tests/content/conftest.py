"""Shared fixture for the content fact-checks: a shipped level's spec by its id."""

from functools import cache

import pytest

from game.core.content.loader import load_level
from game.paths import levels_dir


@cache
def _spec(level_id: str):
    result = load_level(levels_dir() / f"{level_id}.yaml")
    assert result.ok, [p.format() for p in result.problems]
    return result.level.spec


@pytest.fixture
def spec_of():
    return _spec


@pytest.fixture
def card_of():
    def card(level_id: str, title: str):
        return next(c for c in _spec(level_id).debrief.cards if c.title == title)

    return card
