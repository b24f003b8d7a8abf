"""The debrief's glossary explains every word it points to, and leaves the evidence labels to
the Fact check page, which explains each once (a second, different meaning confused them)."""

import re
from pathlib import Path

import pytest

from game.core.content.loader import load_level
from game.core.level import Level
from game.design.debrief.glossary import glossary_for, level_words

LEVEL = Path(__file__).parents[2] / "levels" / "citizen_score_2020.yaml"
GLOSSARY = """
- **Red list**: a list of companies judged trustworthy.
- **Redlist**: another spelling of red list.
- **Reported**: journalists describe it, with no document behind it.
- **Game**: a number invented so the level plays.
- **Blacklist**: a list of people who broke a rule.
"""


@pytest.fixture(scope="module")
def level() -> Level:
    level = load_level(LEVEL).level
    assert level is not None
    return level


def test_a_term_that_is_another_spelling_brings_the_term_it_points_to(level):
    words = level_words(level)
    uses = {t: re.search(rf"\b{t}", words) is not None for t in ("redlist", "red list")}
    assert uses == {"redlist": True, "red list": False}, "the level must use only one"
    terms = [t for t, _ in glossary_for(level, GLOSSARY)]
    assert "Redlist" in terms and "Red list" in terms


def test_the_evidence_labels_are_left_to_the_fact_check_page(level):
    words = level_words(level)
    assert "reported" in words and "game" in words, "the level must use both words"
    terms = [t for t, _ in glossary_for(level, GLOSSARY)]
    assert "Reported" not in terms and "Game" not in terms and "Blacklist" in terms
