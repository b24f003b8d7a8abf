"""The debrief chart's last day number is drawn whole: with 200% text and no tier labels on
the right (The List is listed or not), "10" was centred on the chart's right edge and its
last digit cut off."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame
from pygame_gui.elements import UIImage

from tests.ui.drive import open_debrief

if TYPE_CHECKING:
    from game.ui.app import App


def _chart(app: App) -> pygame.Surface:
    sprites = app.kit.manager.get_sprite_group().sprites()
    images = [e for e in sprites if isinstance(e, UIImage) and e.alive()]
    return max(images, key=lambda e: e.rect.width * e.rect.height).image


def test_the_charts_right_edge_has_nothing_drawn_on_it_at_200_percent(
    small_big_text: App,
) -> None:
    app = small_big_text
    open_debrief(app, "the_list")
    chart = _chart(app)
    w, h = chart.get_size()
    panel = chart.get_at((w - 1, 0))
    edge = [chart.get_at((w - 1, y)) for y in range(h)]
    assert all(c == panel for c in edge), "something is drawn across the chart's right edge"
