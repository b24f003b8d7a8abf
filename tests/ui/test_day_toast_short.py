"""With large text on a small window, a toast of several sentences says its first ones, as
many as fit in a quarter of the phone's list, never cut mid-sentence; Today, beside the phone,
has its whole line. Where there is room the toast says all of it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pygame
import pytest

from game.ui.scenes.toasts import TOAST_SHARE
from tests.ui.drive import day_one, focus_on, press

if TYPE_CHECKING:
    from game.ui.app import App
    from game.ui.scenes.day import DayScene

SAID = "Tonight: +0.03 Riders noticed the extras and left more 5-star ratings. (Game abstraction)"


@pytest.fixture
def wide() -> Iterator[App]:
    """The app at 1280x720 with 100% text, no scene yet."""
    from game.ui.app import App
    from game.ui.store import Settings

    application = App((1280, 720), Settings(text_scale=100))
    yield application
    pygame.quit()


def _buy_water(app: App) -> DayScene:
    """Gig Street's first day: buy the water bottles, whose toast has two sentences."""
    day = day_one(app, "gig_street")
    focus_on(app, "buy water_bottles")
    press(app, pygame.K_RETURN, frames=20)
    assert day.toasts[-1].text == SAID  # the newest (with room, 'You bought' is above it)
    return day


def test_a_long_toast_says_its_first_sentence_whole_with_large_text_on_a_small_window(
    small_big_text: App,
) -> None:
    day = _buy_water(small_big_text)
    lines = day.toast_lines(day.toasts[-1])
    assert " ".join(lines) == SAID.split(" (")[0]


def test_the_shortened_toast_takes_at_most_a_quarter_of_the_phones_list(
    small_big_text: App,
) -> None:
    day = _buy_water(small_big_text)
    box = day.toast_boxes()[-1]
    assert day.phone_box is not None
    top = day.phone_box.get_relative_rect().top
    assert box.height <= (day.phone_rect.inflate(-28, -28).bottom - top) // TOAST_SHARE


def test_today_keeps_the_shortened_toasts_whole_line(small_big_text: App) -> None:
    day = _buy_water(small_big_text)
    assert day.log[-1] == SAID
    assert day.left is not None
    assert any(SAID in c.row.markup for c in day.left.cards)


def test_a_long_toast_is_said_whole_where_it_fits(wide: App) -> None:
    day = _buy_water(wide)
    assert " ".join(day.toast_lines(day.toasts[-1])) == SAID
