"""Player-facing text reads at a 14-year-old's level: Flesch-Kincaid grade 9 or below per
level, and no card sentence over 30 words. Run with -s to see the figures per level."""

import re
from collections.abc import Iterator

import pytest
import textstat

from game.core.content.loader import load_level
from game.core.level_spec import LevelSpec
from game.core.rules.base import RuleBase
from game.core.spec.effects import Bulletin, DirectScore
from game.design.walk import walk
from game.paths import level_files

LEVELS = level_files()
MAX_GRADE = 9.0
MAX_CARD_SENTENCE = 30
SENTENCE_END = re.compile(r"(?<=[.!?])[\"')]*\s+(?=[\"'(A-Z0-9])")


@pytest.fixture(scope="module", params=LEVELS, ids=[p.stem for p in LEVELS])
def spec(request) -> LevelSpec:
    result = load_level(request.param)
    assert result.ok, [p.format() for p in result.problems]
    return result.level.spec


def player_text(spec: LevelSpec) -> Iterator[str]:
    """Briefing, reasons, bulletins, cards and questions: what a player reads."""
    yield spec.player.role
    yield spec.player.briefing
    for _, model in walk(spec):
        if isinstance(model, RuleBase | DirectScore):
            yield model.reason
        elif isinstance(model, Bulletin):
            yield f"{model.headline}. {model.text}"
    yield from card_text(spec)
    yield from spec.debrief.questions


def card_text(spec: LevelSpec) -> Iterator[str]:
    for card in spec.debrief.cards:
        if card.myth:
            yield card.myth
        yield card.reality


def sentences(text: str) -> list[str]:
    return [s for s in SENTENCE_END.split(" ".join(text.split())) if s.strip()]


def grade(spec: LevelSpec) -> float:
    return textstat.flesch_kincaid_grade(" ".join(player_text(spec)))


def test_player_text_is_at_grade_nine_or_below(spec):
    figure = grade(spec)
    print(f"\n{spec.meta.id}: Flesch-Kincaid grade {figure:.1f}")
    assert figure <= MAX_GRADE


def test_no_card_sentence_runs_over_thirty_words(spec):
    long = [s for t in card_text(spec) for s in sentences(t) if len(s.split()) > MAX_CARD_SENTENCE]
    assert not long


def test_the_readability_check_catches_dense_text():
    dense = "Notwithstanding jurisdictional heterogeneity, administrative enforcement mechanisms "
    assert textstat.flesch_kincaid_grade(dense * 3 + ".") > MAX_GRADE
    assert len(sentences("One two three. Four five! Six?")) == 3
