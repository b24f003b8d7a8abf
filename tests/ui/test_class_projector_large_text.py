"""The projector debrief on a small screen with text at 200%: every question and the title
slide's session code are drawn whole, in smaller type rather than cut short."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.classroom.code import make_code
from game.classroom.files import write_results
from game.classroom.levels import shipped_levels
from game.ui.scenes.class_debrief import MIN_TEXT
from game.ui.store import Settings
from tests.classroom.conftest import bot_results
from tests.ui.drive import FRAME, press, show_kept_class
from tests.ui.test_projector_debrief import Sizes

if TYPE_CHECKING:
    from game.ui.app import App


def open_class_debrief(
    size: tuple[int, int], settings: Settings, students: int, collect: str | None = None
) -> App:
    """Sesame Garden results of `students` bots handed in as files, and the game on the
    first slide of its class debrief (the caller quits pygame)."""
    from game.ui.app import App
    from game.ui.scenes.flow import start_scenes

    sesame = next(lv for lv in shipped_levels() if lv.id == "sesame_garden")
    code = make_code(sesame.id, sesame.content_hash, 7, collect=collect)
    for student in range(students):
        write_results(bot_results(sesame, code, student))
    app = App(size, settings)
    try:
        app.director = start_scenes(app, None, None, None)
        app.tick(FRAME)
        show_kept_class(app)
    except BaseException:
        pygame.quit()
        raise
    return app


def slides_at_200_percent(size: tuple[int, int]) -> tuple[list[tuple[str, list]], object]:
    """Each slide's kind and the (size, text) pairs drawn on it, and the report shown."""
    settings = Settings(text_scale=200, high_contrast=True)
    return slides_of(size, settings, collect="192.168.1.20:8765")


def slides_of(
    size: tuple[int, int], settings: Settings, collect: str | None = None
) -> tuple[list[tuple[str, list]], object]:
    """Each slide's kind and the (size, text) pairs drawn on it, and the report shown, for
    six students' results (pygame is quit after)."""
    app = open_class_debrief(size, settings, 6, collect=collect)
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


def test_every_question_is_drawn_whole_at_1024x768_with_text_at_200_percent() -> None:
    slides, report = slides_at_200_percent((1024, 768))
    questions = [drawn for kind, drawn in slides if kind == "prompt"]
    assert len(questions) == len(report.prompts) > 0
    for drawn, question in zip(questions, report.prompts, strict=True):
        lines = [text for _, text in drawn[1:-1]]  # between the heading and the footer
        assert " ".join(lines) == question, (question, lines)
        assert min(size for size, _ in drawn) >= MIN_TEXT * 2


def test_the_title_slide_shows_the_whole_session_code_at_1024x768_with_text_at_200_percent():
    slides, report = slides_at_200_percent((1024, 768))
    title = next(drawn for kind, drawn in slides if kind == "title")
    assert any(report.sessions[0] in text for _, text in title), title


def band_chart_labels(size: tuple[int, int], scale: int) -> list[pygame.Rect]:
    """Where the band chart's tier names and scores were drawn, at this size and text size."""
    app = open_class_debrief(size, Settings(text_scale=scale), 6)
    try:
        press(app, pygame.K_RIGHT)
        assert app.top.step.kind == "bands"
        return list(app.top.chart.labels)
    finally:
        pygame.quit()


def test_no_tier_name_on_the_band_chart_is_drawn_over_another_at_1024x768_and_200_percent():
    labels = band_chart_labels((1024, 768), 200)
    assert labels
    overlaps = [(a, b) for i, a in enumerate(labels) for b in labels[i + 1 :] if a.colliderect(b)]
    assert not overlaps


def test_every_tier_on_the_band_chart_is_named_at_1920x1080() -> None:
    labels = band_chart_labels((1920, 1080), 100)
    assert len(labels) >= 6  # three tiers or more, each a name and a score


def solid(image: pygame.Surface, colour: pygame.Color, backdrop: pygame.Color) -> int:
    """Pixels of exactly this colour once the image is drawn on a plain backdrop."""
    page = pygame.Surface(image.get_size())
    page.fill(backdrop)
    page.blit(image, (0, 0))
    return pygame.mask.from_threshold(page, colour, (1, 1, 1, 255)).count()


def test_every_tier_name_on_the_band_chart_is_drawn_over_the_bands_not_under_them() -> None:
    from game.ui.theme import palette

    # enough students for the bands to reach the lowest tier name
    app = open_class_debrief((1920, 1080), Settings(), 15)
    try:
        press(app, pygame.K_RIGHT)
        muted = pygame.Color(palette(False).muted)
        chart = app.top.chart
        for rect, image in zip(chart.labels, chart.images, strict=True):
            backdrop = app.screen.get_at(rect.topleft)  # the page, or a band where it lies
            on_screen = solid(app.screen.subsurface(rect).copy(), muted, backdrop)
            assert on_screen >= solid(image, muted, backdrop) > 0, f"{rect} is covered"
    finally:
        pygame.quit()
