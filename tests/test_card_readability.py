"""Each debrief card reads at grade nine or below on its own, not only on a level's average:
a reader meets one card at a time, and one hard card hides among easy ones."""

import pytest
import textstat

from game.core.content.loader import load_level
from game.paths import level_files

LEVELS = level_files()
MAX_GRADE = 9.0


@pytest.fixture(scope="module", params=LEVELS, ids=[p.stem for p in LEVELS])
def spec(request):
    result = load_level(request.param)
    assert result.ok, [p.format() for p in result.problems]
    return result.level.spec


def test_every_debrief_card_reads_at_grade_nine_or_below(spec):
    grades = {
        card.title: textstat.flesch_kincaid_grade(f"{card.myth or card.title}. {card.reality}")
        for card in spec.debrief.cards
    }
    assert not {title: g for title, g in grades.items() if g > MAX_GRADE}
