"""The projector debrief ends on the level's own discussion questions, as the class report
page does and as the guide's lesson plan ends: it stopped at the three questions from the
class's numbers, and the teacher turned to the guide with the class still watching."""

from __future__ import annotations

import pygame
import pytest

from game.ui.scenes.class_debrief import MIN_TEXT
from game.ui.store import Settings
from tests.ui.drive import FRAME, press
from tests.ui.test_class_projector_large_text import open_class_debrief
from tests.ui.test_projector_debrief import Sizes


def _slides(size: tuple[int, int], text_scale: int) -> tuple[list[tuple[str, list]], object]:
    """Each slide's kind and the (size, text) pairs drawn on it, and the report shown."""
    app = open_class_debrief(size, Settings(text_scale=text_scale), 6)
    try:
        assert app.top.name == "class_debrief"
        app.kit.text = sizes = Sizes()
        scene, out = app.top, []
        for _ in range(len(scene.steps)):
            sizes.drawn.clear()
            app.tick(FRAME)
            out.append((scene.step.kind, list(sizes.drawn)))
            press(app, pygame.K_RIGHT, frames=1)
        return out, scene.report
    finally:
        pygame.quit()


def test_the_last_slides_are_the_levels_own_questions_after_the_classs_three() -> None:
    slides, report = _slides((1280, 720), 100)
    kinds = [kind for kind, _ in slides]
    more = len(report.level_questions)
    assert more > 0 and kinds[-more:] == ["more"] * more
    assert kinds[-more - len(report.prompts) : -more] == ["prompt"] * len(report.prompts)


@pytest.mark.parametrize(("size", "scale"), [((1024, 600), 100), ((1280, 800), 100)])
def test_each_of_the_levels_questions_is_drawn_whole_on_a_small_projector(size, scale) -> None:
    slides, report = _slides(size, scale)
    shown = [drawn for kind, drawn in slides if kind == "more"]
    for drawn, question in zip(shown, report.level_questions, strict=True):
        lines = [text for _, text in drawn[1:-1]]  # between the heading and the footer
        assert " ".join(lines) == question, (question, lines)
        assert min(size for size, _ in drawn) >= MIN_TEXT
