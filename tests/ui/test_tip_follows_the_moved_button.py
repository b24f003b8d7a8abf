"""After an action taken with the keyboard, focus moves to the next card and the tip about
its evidence label shows. With 200% text on a 1024x600 window that next button is still
below the list when the tip is placed; the list then scrolls it into view (and shrinks for
the toasts), and the tip goes with it instead of keeping the place worked out from the old
rects, where it covered the focused button whole."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import FRAME, day_one, focus_on, press

if TYPE_CHECKING:
    from game.ui.app import App


def test_the_tip_after_enter_never_covers_the_focused_button_at_200_percent_on_1024x600(
    small_big_text: App,
) -> None:
    app = small_big_text
    day_one(app, "sesame_garden")
    press(app, pygame.K_4, frames=20)  # Services: each card has an evidence label
    focus_on(app, "apply add_degree")
    press(app, pygame.K_RETURN, frames=20)
    for _ in range(5):
        app.tick(FRAME)
    focused = app.top.focus.focused()
    assert app.top.focus.current_key() not in (None, "apply add_degree")
    assert app.tip.key is not None
    tip = app.tip.rect(app.kit, app.screen.get_size())
    assert not tip.colliderect(focused.get_abs_rect()), (tip, focused.get_abs_rect())
