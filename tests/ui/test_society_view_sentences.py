"""The sentences under the society page's two charts are read whole at every supported window
and text size: at 200% text on a 1024x600 window they were cut short with an ellipsis
("Posting critically: 20% of citizens at..."). They now wrap, side by side where two columns
hold them, else one chart at a time with a Next chart button."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pygame
import pytest

from game.ui.society_view import SocietyView, _assort_sentence, _speech_sentence
from tests.ui.drive import FRAME, button, click, focus_keys, open_debrief

if TYPE_CHECKING:
    from game.ui.app import App

SIZES = [((1024, 600), 100), ((1024, 600), 200), ((1280, 720), 100), ((1280, 720), 200)]


def _society(size: tuple[int, int], scale: int, level_id: str) -> App:
    """`level_id`'s debrief at this window and text size, on its Society page, the town run
    to its end."""
    from game.ui.app import App
    from game.ui.store import Settings

    app = App(size, Settings(text_scale=scale))
    open_debrief(app, level_id)
    click(app, button(app, "page:society"))
    view = app.top.society_view
    assert view is not None, "the page showed its paragraph only"
    while not view.done:
        view.update(1000.0)
    app.tick(FRAME)
    return app


@pytest.fixture
def paged() -> Iterator[App]:
    """A level whose firms' sentences take three lines side by side at 200% on 1024x600."""
    app = _society((1024, 600), 200, "red_list_black_list")
    yield app
    pygame.quit()


def _said(view: SocietyView) -> list[str]:
    result = view.result
    return [_speech_sentence(result), _assort_sentence(result, view.few_points)]


def _fits(view: SocietyView) -> None:
    """Each shown sentence is whole, and its lines fit their area above a plot."""
    font = view.text.font(view._px(13))
    layout = view._layout()
    for lines, area in zip(view.sentence_lines(), view._curve_areas(), strict=False):
        assert not any(line.endswith("\u2026") for line in lines), lines
        assert all(font.size(line)[0] <= area.width for line in lines), lines
        assert len(lines) <= layout.rows
        assert area.top + layout.rows * view._px(16) + 30 <= area.bottom
        assert view.rect.contains(area)


@pytest.mark.parametrize("size,scale", SIZES, ids=lambda v: str(v))
def test_the_sentences_under_the_charts_are_whole_and_fit(size, scale):
    app = _society(size, scale, "nosedive")
    try:
        view = app.top.society_view
        shown = [" ".join(lines) for lines in view.sentence_lines()]
        said = _said(view)
        assert shown == (said[:1] if view.paged else said)
        _fits(view)
    finally:
        pygame.quit()


def test_where_two_columns_cannot_hold_them_next_chart_shows_the_other_sentence(paged: App):
    view = paged.top.society_view
    assert view.paged and "Next chart" in focus_keys(paged)
    first = [" ".join(lines) for lines in view.sentence_lines()]
    _fits(view)
    click(paged, button(paged, "Next chart"))
    second = [" ".join(lines) for lines in view.sentence_lines()]
    _fits(view)
    assert first + second == _said(view)


def test_the_legend_names_every_tier_with_large_text(paged: App):
    view = paged.top.society_view
    font, box = view.text.font(view._px(12)), view._px(10)
    placed = [entry for row in view._legend_rows() for entry in row]
    assert [k for k, _, _ in placed] == list(range(len(view.level.tiers)))
    assert all(x + box + 4 + font.size(words)[0] <= view.rect.right for _, x, words in placed)
