"""docs/glossary.md explains the words a student meets in the levels."""

import re
from pathlib import Path

import pytest

DOC = Path(__file__).parents[1] / "docs" / "glossary.md"
REQUIRED = (
    "Redlist", "Blacklist", "Joint punishment", "Credit file", "Verifiable credential",
    "Adverse action", "Unified Social Credit Code", "Credit bureau", "Panopticon",
    "Publicity device", "Netizens", "Fulfilment capacity", "Identity traits", "Installment loan",
    "Credit mix", "Selective disclosure", "Predicate proof", "Zero-knowledge proof",
    "Credit invisible", "Utilisation", "Hard inquiry", "Game number",
)  # fmt: skip


def _terms() -> set[str]:
    text = DOC.read_text(encoding="utf-8")
    return {t.strip().lower() for t in re.findall(r"\*\*([^*]+)\*\*", text)}


@pytest.mark.parametrize("term", REQUIRED)
def test_the_glossary_explains(term):
    assert any(term.lower() in t for t in _terms()), term


def test_no_glossary_meaning_shows_markdown_stars_to_the_player():
    from game.design.debrief.glossary import glossary_text, parse_glossary

    starred = {t: m for t, m in parse_glossary(glossary_text()).items() if "*" in m}
    assert not starred, starred
