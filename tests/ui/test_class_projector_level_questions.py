"""The projector debrief ends on the level's own discussion questions, as the class report
page does and as the guide's lesson plan ends: it stopped at the three questions from the
class's numbers, and the teacher turned to the guide with the class still watching."""

from __future__ import annotations

import pytest

from game.ui.scenes.class_debrief import MIN_TEXT
from game.ui.store import Settings
from tests.ui.test_class_projector_large_text import slides_of


def test_the_last_slides_are_the_levels_own_questions_after_the_classs_three() -> None:
    slides, report = slides_of((1280, 720), Settings())
    kinds = [kind for kind, _ in slides]
    more = len(report.level_questions)
    assert more > 0 and kinds[-more:] == ["more"] * more
    assert kinds[-more - len(report.prompts) : -more] == ["prompt"] * len(report.prompts)


@pytest.mark.parametrize(("size", "scale"), [((1024, 600), 100), ((1280, 800), 100)])
def test_each_of_the_levels_questions_is_drawn_whole_on_a_small_projector(size, scale) -> None:
    slides, report = slides_of(size, Settings(text_scale=scale))
    shown = [drawn for kind, drawn in slides if kind == "more"]
    for drawn, question in zip(shown, report.level_questions, strict=True):
        lines = [text for _, text in drawn[1:-1]]  # between the heading and the footer
        assert " ".join(lines) == question, (question, lines)
        assert min(size for size, _ in drawn) >= MIN_TEXT
