"""At 1920x1080 the debrief uses the window: a wide first screen with a larger chart, and the
reading pages set their cards in two columns; smaller windows keep one column."""

from __future__ import annotations

from collections.abc import Iterator
from functools import reduce

import pygame
import pytest

from tests.ui.drive import button, click
from tests.ui.test_debrief_scene import LEVELS, _open, _settled


@pytest.fixture(autouse=True)
def shipped_levels(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("CITIZEN_SCORE_LEVELS", str(LEVELS))
    yield
    pygame.quit()


def test_the_first_screen_spans_most_of_a_1920_wide_window_and_fits_it() -> None:
    app = _open((1920, 1080), "nosedive")
    _settled(app)
    scene, window = app.top, pygame.Rect(0, 0, 1920, 1080)
    parts = [scene.layout[k] for k in ("chart", "outcome", "points")]
    assert all(window.contains(r) for r in parts)
    assert reduce(pygame.Rect.union, parts).width >= 0.8 * window.width
    assert scene.layout["chart"].height > 300


def _card_lefts(app) -> set[int]:
    box = next(w for w in app.top.widgets if hasattr(w, "get_container"))
    view = box.get_abs_rect()
    cards = [
        w
        for w in box.get_container().elements
        if hasattr(w, "html_text") and "Evidence:" in w.html_text
    ]
    assert cards
    for card in cards:
        rect = card.get_abs_rect()
        assert view.left <= rect.left and rect.right <= view.right
    return {card.get_abs_rect().left for card in cards}


def test_the_truth_page_sets_its_cards_in_two_columns_at_1920x1080() -> None:
    app = _open((1920, 1080), "nosedive")
    click(app, button(app, "page:truth"))
    assert len(_card_lefts(app)) == 2


@pytest.mark.parametrize("size", [(1024, 600), (1280, 720)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_truth_page_keeps_one_column_on_smaller_windows(size: tuple[int, int]) -> None:
    app = _open(size, "nosedive")
    click(app, button(app, "page:truth"))
    assert len(_card_lefts(app)) == 1
