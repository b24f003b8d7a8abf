"""The projector debrief reads from the back of a classroom: every text on every slide is
18 pixels or more at 1280x800 and 1024x600, each tally's bars stand out from their track
(3:1 or more, WCAG's bar for graphics) in both palettes, and nothing is cut short or left off
without saying so."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pygame
import pytest

from game.classroom.code import make_code
from game.classroom.files import write_results
from game.classroom.levels import shipped_levels
from game.ui.kit import TextCache
from game.ui.scenes.class_debrief import BAR_COLOURS, BAR_COLOURS_ON_BLACK, LEGEND, MIN_TEXT
from game.ui.store import Settings
from game.ui.theme import palette
from tests.classroom.conftest import bot_results
from tests.ui.drive import FRAME, press, show_kept_class
from tests.ui.test_theme import contrast

if TYPE_CHECKING:
    from game.ui.app import App

STUDENTS = 6
TOWN_FRAMES = 3000
"""Frames the modelled town may take to finish (about 6 ms of model each)."""


class Sizes(TextCache):
    """The text cache, noting the size of every text drawn."""

    def __init__(self) -> None:
        super().__init__()
        self.drawn: list[tuple[int, str]] = []

    def render(self, text: str, size: int, colour: str, bold: bool = False) -> pygame.Surface:
        self.drawn.append((size, text))
        return super().render(text, size, colour, bold)


def projector(size: tuple[int, int], high_contrast: bool = False) -> Iterator[App]:
    """The game at the title, at a projector's size, with a class's results kept."""
    from game.ui.app import App
    from game.ui.scenes.flow import start_scenes

    sesame = next(lv for lv in shipped_levels() if lv.id == "sesame_garden")
    code = make_code(sesame.id, sesame.content_hash, 7)
    for student in range(STUDENTS):
        write_results(bot_results(sesame, code, student))
    app = App(size, Settings(high_contrast=high_contrast))
    app.director = start_scenes(app, None, None, None)
    app.tick(FRAME)
    yield app
    pygame.quit()


def open_the_debrief(app: App) -> Sizes:
    show_kept_class(app)
    assert app.top.name == "class_debrief"
    app.kit.text = sizes = Sizes()
    return sizes


def finish_the_town(app: App) -> None:
    for _ in range(TOWN_FRAMES):
        view = app.top.society
        if view is not None and view.done:
            return
        app.tick(FRAME)
    raise AssertionError("the modelled town did not finish")


@pytest.mark.parametrize("size", [(1280, 800), (1024, 600)], ids=["1280x800", "1024x600"])
def test_every_text_on_every_projector_slide_is_18_pixels_or_more(
    size: tuple[int, int], tmp_path: Path
) -> None:
    for app in projector(size):
        sizes = open_the_debrief(app)
        scene = app.top
        smallest: dict[str, tuple[int, str]] = {}
        for i in range(len(scene.steps)):
            if scene.step.kind == "society":
                finish_the_town(app)
            sizes.drawn.clear()
            app.tick(FRAME)
            pygame.image.save(app.screen, tmp_path / f"{i:02d}-{scene.step.kind}.png")
            smallest[f"{i} {scene.step.kind}"] = min(sizes.drawn)
            press(app, pygame.K_RIGHT, frames=1)
        assert "society" in {k.split()[1] for k in smallest}
        small = {k: v for k, v in smallest.items() if v[0] < MIN_TEXT}
        assert MIN_TEXT == 18 and not small, small


@pytest.mark.parametrize("high_contrast", [False, True], ids=["normal", "high_contrast"])
def test_each_tallys_bars_stand_out_from_their_track(high_contrast: bool, tmp_path: Path) -> None:
    bars = BAR_COLOURS_ON_BLACK if high_contrast else BAR_COLOURS
    track = palette(high_contrast).panel
    for app in projector((1280, 800), high_contrast):
        open_the_debrief(app)
        scene = app.top
        seen = []
        for i in range(len(scene.steps)):
            kind = scene.step.kind
            if kind in bars:
                pygame.image.save(app.screen, tmp_path / f"{i:02d}-{kind}.png")
                drawn = pygame.mask.from_threshold(app.screen, bars[kind], (1, 1, 1, 255))
                assert drawn.count() > 0, f"no {kind} bar drawn in {bars[kind]}"
                assert contrast(bars[kind], track) >= 3, kind
                seen.append(kind)
            press(app, pygame.K_RIGHT, frames=1)
        assert {"choices", "goals"} <= set(seen)


def drawn_per_slide(app: App) -> list[tuple[str, list[str]]]:
    """Each slide's kind and the texts drawn on it, stepping through with the right arrow."""
    sizes = open_the_debrief(app)
    scene, out = app.top, []
    for _ in range(len(scene.steps)):
        sizes.drawn.clear()
        app.tick(FRAME)
        out.append((scene.step.kind, [text for _, text in sizes.drawn]))
        press(app, pygame.K_RIGHT, frames=1)
    return out


def test_every_heading_and_the_chart_legend_are_drawn_whole_at_1024x600() -> None:
    for app in projector((1024, 600)):
        slides = drawn_per_slide(app)
        headings = [step.heading for step in app.top.steps]
        for (kind, drawn), heading in zip(slides, headings, strict=True):
            assert heading in drawn, (kind, heading)
        bands = next(drawn for kind, drawn in slides if kind == "bands")
        legend = [t for t in bands if t.startswith("Line:")]
        following = bands[bands.index(legend[0]) :]
        assert " ".join(following).split()[: len(LEGEND.split())] == LEGEND.split()


def test_a_tally_too_long_for_a_slide_goes_on_over_numbered_slides_with_every_row() -> None:
    for app in projector((1024, 600)):
        slides = drawn_per_slide(app)
        report = app.top.report
        pages = [drawn for kind, drawn in slides if kind == "choices"]
        assert len(pages) >= 2
        assert f"(1 of {len(pages)})" in " ".join(pages[0])
        shown = sum(1 for page in pages for t in page if re.fullmatch(r"\d+ of \d+", t))
        assert shown == len(report.choices)
        assert not [t for page in pages for t in page if t.startswith("And ")]


def test_a_larger_window_pages_the_tallies_again_and_stays_on_the_same_tally() -> None:
    for app in projector((1024, 600)):
        open_the_debrief(app)
        scene = app.top
        paged = len(scene.steps)
        scene.index = next(i for i, s in enumerate(scene.steps) if s.kind == "choices" and s.first)
        app.resize((1600, 1000))
        app.tick(FRAME)
        assert len(scene.steps) < paged
        assert scene.step.kind == "choices"
