"""The debrief's glossary explains the words its own meanings use: with the cards saying
'official credit records' instead of 'credit bureau', 'Dispute: telling a credit bureau...'
still brings 'Credit bureau' along, so the page never points at a word it does not explain."""

import re
from pathlib import Path

import pytest

from game.core.content.loader import load_level
from game.design.debrief.cards import EVIDENCE_LABELS
from game.design.debrief.glossary import glossary_for, glossary_text, level_words, parse_glossary
from game.paths import level_files

LEVEL = Path(__file__).parents[2] / "levels" / "citizen_score_2020.yaml"
GLOSSARY = """
- **Dispute**: telling a credit bureau that your file is wrong.
- **Credit bureau**: a company that keeps records of people's debts.
- **Zebra crossing**: a place to cross a road.
"""


def test_a_term_a_shown_meaning_uses_is_shown_too():
    level = load_level(LEVEL).level
    words = level_words(level)
    assert re.search(r"\bdispute", words) and not re.search(r"\bcredit bureau", words)
    terms = [t for t, _ in glossary_for(level, GLOSSARY)]
    assert terms == ["Dispute", "Credit bureau"]


@pytest.mark.parametrize("path", level_files(), ids=lambda p: p.stem)
def test_every_glossary_term_a_shipped_debrief_s_meanings_use_is_explained(path):
    """Save the evidence labels ('Game'), which the Fact check page explains."""
    level = load_level(path).level
    shown = glossary_for(level)
    terms = parse_glossary(glossary_text())
    names = {t.lower() for t, _ in shown}
    names |= {k.lower() for k in EVIDENCE_LABELS} | {v.lower() for v in EVIDENCE_LABELS.values()}
    meanings = " ".join(m for _, m in shown).lower()
    missing = [
        t
        for t in terms
        if re.search(rf"\b{re.escape(t.lower())}", meanings) and t.lower() not in names
    ]
    assert not missing, missing
