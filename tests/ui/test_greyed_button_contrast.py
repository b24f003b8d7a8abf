"""A button greyed out for the day (no time left) is still readable, its words at 4.5:1 or
more on its own fill in both palettes, and still looks unavailable: drawn flat, with no edge
or shadow, where a live button has its edge."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

import pygame
import pytest
from pygame_gui.elements import UIButton

from game.ui.scenes.day import DayScene
from tests.ui.drive import button, focus_on, open_first_day, press
from tests.ui.test_theme import contrast

if TYPE_CHECKING:
    from game.ui.app import App


def _spent_shop(app: App, high_contrast: bool) -> DayScene:
    """Buy the phone case until no action is left: the Shop's Buy buttons are greyed out."""
    app.settings.high_contrast = high_contrast
    app.resize(app.screen.get_size())
    day = open_first_day(app)
    press(app, pygame.K_1)
    while day.world.actions_left > 0:
        focus_on(app, "buy phone_case")
        press(app, pygame.K_RETURN)
    for _ in range(30):
        app.tick(0.016)
    return day


def _greyed(day: DayScene) -> UIButton:
    """The first greyed-out button on the Shop's cards, whole in view."""
    box = day.phone_box
    assert box is not None
    view = box.get_abs_rect()
    return next(
        w
        for card in day.phones["Shop"].cards
        for w in card.widgets
        if isinstance(w, UIButton) and not w.is_enabled and view.contains(w.get_abs_rect())
    )


def _hex(colour: pygame.Color | tuple[int, ...]) -> str:
    return "#{:02x}{:02x}{:02x}".format(*colour[:3])


def _pixels(image: pygame.Surface) -> Counter[str]:
    """How often each opaque colour is drawn on the button."""
    return Counter(
        _hex(image.get_at((x, y)))
        for x in range(image.get_width())
        for y in range(image.get_height())
        if image.get_at((x, y)).a == 255
    )


@pytest.mark.parametrize("high_contrast", [False, True])
def test_a_greyed_out_buttons_words_read_at_4_5_to_1_on_its_own_fill(
    app: App, high_contrast: bool
) -> None:
    greyed = _greyed(_spent_shop(app, high_contrast))
    fill, ink = _hex(greyed.colours["disabled_bg"]), _hex(greyed.colours["disabled_text"])
    drawn = _pixels(greyed.image)
    assert drawn.most_common(1)[0][0] == fill  # the colours it is drawn with, not others
    assert ink in drawn
    assert contrast(ink, fill) >= 4.5, (ink, fill, contrast(ink, fill))


@pytest.mark.parametrize("high_contrast", [False, True])
def test_a_greyed_out_button_is_drawn_flat_where_a_live_one_has_its_edge(
    app: App, high_contrast: bool
) -> None:
    day = _spent_shop(app, high_contrast)
    greyed = _greyed(day)
    fill = _hex(greyed.colours["disabled_bg"])
    image = greyed.image
    middle = image.get_width() // 2, image.get_height() // 2
    edges = [(middle[0], 0), (middle[0], image.get_height() - 1), (0, middle[1])]
    assert [_hex(image.get_at(p)) for p in edges] == [fill] * 3
    assert not any(greyed.border_width.values()) and greyed.shadow_width == 0
    live = button(app, "End the day")
    assert all(live.border_width.values())
