"""The morning's focused button is on screen: the day is built once behind the evening report
and again when it closes, and the second build kept the focus on a card further down while
the list was back at its top, so the ring was nowhere to be seen and Enter pressed a button
the player could not see (Message on the Friends tab, with large text on a small window)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.ui.focus import shown_part
from tests.ui.drive import day_one, press, to_the_next_morning

if TYPE_CHECKING:
    from game.ui.app import App


def test_the_button_focused_on_a_new_morning_is_in_view(small_big_text: App) -> None:
    app = small_big_text
    day_one(app, "nosedive")
    press(app, pygame.K_3, frames=10)  # Friends: its first button is below the cards in view
    to_the_next_morning(app)
    for _ in range(30):  # the rest of the list is laid out a little each frame
        app.tick(0.016)
    day = app.top
    assert day.name == "day" and day.world.day == 2
    focused = day.focus.focused()
    assert focused is not None and not day.focus.current_key().startswith("tab:")
    seen = shown_part(focused)
    assert seen.size == focused.get_abs_rect().size, (day.focus.current_key(), seen)
