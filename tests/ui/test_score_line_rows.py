"""The score's line atop the day's left panel is chosen by the rows its text box really takes
(the layout that draws it), not by words measured apart from it: on window widths where the
two disagreed, the line took three rows where one did, or lost the tier's range it had room
for."""

from __future__ import annotations

from collections.abc import Iterator

import pygame
import pytest
from pygame_gui.elements import UITextBox

from game.ui.app import App
from game.ui.scenes.day import DayScene
from game.ui.store import Settings
from tests.ui.drive import day_one


@pytest.fixture
def window() -> Iterator[list[App]]:
    """Apps made by the test at the sizes it needs, closed after it."""
    made: list[App] = []
    yield made
    pygame.quit()


def _score_line(made: list[App], size: tuple[int, int], scale: int, level: str) -> UITextBox:
    """The text box of the score's line on a shipped level's first day."""
    app = App(size, Settings(text_scale=scale))
    made.append(app)
    day = day_one(app, level)
    assert isinstance(day, DayScene) and day.left is not None
    box = next(w for w in day.left.cards[0].widgets if isinstance(w, UITextBox))
    return box


def _rows(box: UITextBox) -> int:
    return len(box.text_box_layout.layout_rows)


def test_with_large_text_the_score_line_takes_the_one_row_its_shortest_way_takes(
    window: list[App],
) -> None:
    box = _score_line(window, (1120, 600), 200, "fico_country")
    assert "FICO Score" in box.html_text and "Fair" in box.html_text
    assert _rows(box) == 1, box.html_text


def test_the_score_line_keeps_the_tiers_range_where_it_fits_on_one_row(
    window: list[App],
) -> None:
    box = _score_line(window, (1044, 600), 100, "nosedive")
    assert "Well liked (4.00 to 4.49)" in box.html_text
    assert _rows(box) == 1, box.html_text
