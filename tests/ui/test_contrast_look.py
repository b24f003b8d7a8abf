"""High contrast reaches the custom drawing and the scroll bars, not only the buttons."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame
import pytest

from game.ui.scenes.day import DayScene
from game.ui.theme import CONTRAST, NORMAL, palette
from tests.ui.drive import open_first_day, press
from tests.ui.test_theme import contrast

if TYPE_CHECKING:
    from game.ui.app import App


def _day(app: App, high_contrast: bool) -> DayScene:
    app.settings.high_contrast = high_contrast
    app.resize(app.screen.get_size())
    open_first_day(app)
    press(app, pygame.K_2, frames=30)  # Feed: a list long enough to scroll
    return app.top


def _hex(colour: pygame.Color) -> str:
    return f"#{colour.r:02x}{colour.g:02x}{colour.b:02x}"


@pytest.mark.parametrize("high_contrast", [False, True])
def test_the_scroll_bar_thumb_stands_out_from_its_track_and_the_panel(
    app: App, high_contrast: bool
) -> None:
    day = _day(app, high_contrast)
    assert day.phone_box is not None and day.phone_box.vert_scroll_bar is not None
    bar = day.phone_box.vert_scroll_bar
    thumb = _hex(bar.sliding_button.colours["normal_bg"])
    assert contrast(thumb, _hex(bar.background_colour)) >= 3
    assert contrast(thumb, palette(high_contrast).screen) >= 3


def test_the_dial_draws_its_tiers_in_the_high_contrast_colours(app: App) -> None:
    day = _day(app, True)
    image = day.dial.image
    assert image is not None
    seen = {
        _hex(image.get_at((x, y)))
        for x in range(image.get_width())
        for y in range(image.get_height())
    }
    tiers = len(day.session.level.tiers)
    assert set(CONTRAST.bands[:tiers]) <= seen
    assert not set(NORMAL.bands) & seen
    assert all(contrast(band, CONTRAST.panel) >= 3 for band in CONTRAST.bands)
