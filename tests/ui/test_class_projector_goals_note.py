"""A class that played another version of the level: the class report numbers a goal the
copy here lacks ("Goal 1") and its page says once why its words cannot be shown. The
projector's goals slide showed "Goal 1" with no word of why; it now draws the report's own
note there, whole, above the goals."""

from __future__ import annotations

from itertools import pairwise

import pygame

from game.classroom.code import make_code
from game.classroom.files import write_results
from game.classroom.levels import shipped_levels
from game.ui.store import Settings
from tests.classroom.conftest import bot_results
from tests.classroom.test_report_goal_words import older
from tests.ui.drive import FRAME, press, show_kept_class
from tests.ui.test_projector_debrief import Sizes


def goals_slides(size: tuple[int, int], settings: Settings) -> tuple[list[list[str]], str]:
    """The texts drawn on each of the projector's goals slides for a class whose results
    name Sesame Garden's visa goal by an id the copy here lacks, and the report's note."""
    from game.ui.app import App
    from game.ui.scenes.flow import start_scenes

    sesame = next(lv for lv in shipped_levels() if lv.id == "sesame_garden")
    code = make_code(sesame.id, sesame.content_hash, 7)
    played = older([bot_results(sesame, code, i) for i in range(4)], {"sister_visa": "visa"})
    for results in played:
        write_results(results)
    app = App(size, settings)
    try:
        app.director = start_scenes(app, None, None, None)
        app.tick(FRAME)
        show_kept_class(app)
        scene = app.top
        assert scene.name == "class_debrief"
        while scene.step.kind != "goals":
            press(app, pygame.K_RIGHT, frames=1)
        app.kit.text = sizes = Sizes()
        slides = []
        while scene.step.kind == "goals":
            sizes.drawn.clear()
            app.tick(FRAME)
            slides.append([text for _, text in sizes.drawn])
            press(app, pygame.K_RIGHT, frames=1)
        return slides, scene.report.goals_note
    finally:
        pygame.quit()


def test_the_goals_slide_says_why_a_goal_is_numbered_in_the_report_s_words() -> None:
    (texts,), note = goals_slides((1280, 720), Settings())
    assert note.startswith("The class played another version of this level: Goal 1")
    first_goal = texts.index("Stay friends with Xiaoyu")
    assert " ".join(texts[1:first_goal]) == note, texts  # under the heading, above the goals
    assert "Goal 1" in texts


def test_the_goals_note_is_drawn_whole_on_each_goals_slide_of_a_small_projector() -> None:
    slides, note = goals_slides((1024, 600), Settings(text_scale=200))
    assert len(slides) > 1
    for texts in slides:
        assert " ".join(texts[1:]).startswith(f"{note} "), texts  # under the heading
        assert "\u2026" not in " ".join(texts)
    assert any("Goal 1" in texts for texts in slides)


def test_the_goals_note_never_breaks_a_line_between_goal_and_its_number() -> None:
    slides, _ = goals_slides((1024, 600), Settings(text_scale=200))
    for texts in slides:
        for line, after in pairwise(texts[1:]):
            assert not (line.split()[-1] == "Goal" and after[:1].isdigit()), (line, after)
