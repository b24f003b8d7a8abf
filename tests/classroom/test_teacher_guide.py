"""The teacher guide covers every shipped level: its objectives and its discussion questions
appear word for word, so a changed question reminds the author to update the answer key."""

import pytest

from game.classroom.levels import shipped_levels
from game.paths import shipped

GUIDE = shipped("docs") / "teacher-guide.md"


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def guide() -> str:
    return _flat(GUIDE.read_text(encoding="utf-8"))


@pytest.mark.parametrize("level", shipped_levels(), ids=lambda lv: lv.id)
def test_every_level_has_its_objectives_and_questions_in_the_guide(level, guide):
    assert f"## {level.spec.meta.title}" in guide
    for text in (*level.spec.meta.objectives, *level.spec.debrief.questions):
        assert _flat(text) in guide, f"{level.id}: update docs/teacher-guide.md for: {text[:60]}"


def test_the_guide_has_advisories_data_and_both_ways_to_run_a_session(guide):
    for heading in (
        "Content advisories",
        "Without the server",
        "With the server",
        "What data is stored",
        "glossary.md",
    ):
        assert heading in guide
