"""The Fact check cards speak plainly to a 14-year-old: no 'caveats', no 'credit bureau'
(the central bank 'refused it a licence to keep official credit records'; the YouTube
presenters 'said they might be misreading the system'), with the facts kept exact."""

import re

import pytest

from game.core.content.loader import load_level
from game.paths import level_files

HARD = ("caveat", "bureau")
"""Words a first-time player did not know; a level's story may still name a 'labour bureau'
(an office's name), its Fact check does not."""


def _cards():
    for path in level_files():
        spec = load_level(path).level.spec
        for card in spec.debrief.cards:
            yield spec.meta.id, card


@pytest.mark.parametrize("word", HARD)
def test_no_fact_check_card_uses_the_hard_word(word):
    found = [
        (level_id, card.title)
        for level_id, card in _cards()
        if re.search(word, f"{card.title} {card.myth or ''} {card.reality}", re.IGNORECASE)
    ]
    assert not found, found


def test_the_cards_keep_the_facts_in_plain_words(card_of):
    assert "refused it a licence to keep official credit records (2017)" in " ".join(
        card_of("sesame_garden", "Not the government system").reality.split()
    )
    tiananmen = " ".join(card_of("citizen_score_2020", "Tiananmen posts and anime").reality.split())
    assert "whose presenters said they might be misreading the system" in tiananmen
    tencent = " ".join(
        card_of("citizen_score_2020", "Alibaba and Tencent together?").reality.split()
    )
    assert "after informal guidance from the central bank's credit-records office" in tencent
