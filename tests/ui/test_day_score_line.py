"""The score's line atop the left panel says what the dial above it does not: with large text
on a small window, where the whole line took up to three lines, it leaves out what the dial or
badge already shows (the state, the number) and keeps the score's name and any tier the dial
marks by its icon alone. Where it fits on one line it is said whole."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pygame
import pytest
from pygame_gui.elements import UITextBox

from tests.ui.drive import day_one

if TYPE_CHECKING:
    from game.ui.app import App


@pytest.fixture
def wide() -> Iterator[App]:
    """The app at 1280x720 with 100% text, no scene yet."""
    from game.ui.app import App
    from game.ui.store import Settings

    application = App((1280, 720), Settings(text_scale=100))
    yield application
    pygame.quit()


def _line(app: App, level: str) -> tuple[str, int]:
    """The first line of the left panel on the level's first day: its text and its rows."""
    day = day_one(app, level)
    assert day.left is not None
    box = next(w for w in day.left.cards[0].widgets if isinstance(w, UITextBox))
    rows = [
        "".join(getattr(item, "text", "") for item in row.items)
        for row in box.text_box_layout.layout_rows
    ]
    return " ".join(r.strip() for r in rows if r.strip()), len([r for r in rows if r.strip()])


def test_the_court_list_line_is_its_name_on_one_row_beside_the_badge_with_large_text(
    small_big_text: App,
) -> None:
    text, rows = _line(small_big_text, "the_list")
    assert text == "Court list status" and rows == 1  # the badge says "Not listed"


def test_a_score_not_joined_is_named_on_one_row_under_the_no_score_badge_with_large_text(
    small_big_text: App,
) -> None:
    text, rows = _line(small_big_text, "sesame_garden")
    assert text == "Sesame score" and rows == 1  # the badge says "No score, not joined"


def test_a_numbered_score_keeps_its_name_and_tier_but_not_the_dials_number_with_large_text(
    small_big_text: App,
) -> None:
    text, rows = _line(small_big_text, "nosedive")
    assert text.startswith("Rating") and "Well liked" in text
    assert "4.21" not in text and rows <= 2  # three rows before


@pytest.mark.parametrize(
    ("level", "said"),
    [
        ("the_list", "Court list status: \u25b4 Not listed"),
        ("sesame_garden", "Sesame score: none, not joined"),
        ("citizen_score_2020", "Citizen Score \u00b7 600 \u00b7 tier \u25b4 Ordinary"),
    ],
)
def test_the_whole_line_stays_where_it_fits_on_one_row(wide: App, level: str, said: str) -> None:
    text, rows = _line(wide, level)
    assert rows == 1
    assert text.replace("\u00a0", " ").startswith(said.split("\u25b4")[0].strip()), text
    assert said.split("\u25b4")[-1].strip() in text.replace("\u00a0", " ")


def test_a_long_score_name_keeps_its_tier_but_not_the_dials_number_with_large_text(
    small_big_text: App,
) -> None:
    text, _ = _line(small_big_text, "red_list_black_list")
    assert text.startswith("Credit risk rating") and text.endswith("Moderate risk")
    assert "72" not in text
