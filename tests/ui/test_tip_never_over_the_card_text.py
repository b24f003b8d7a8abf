"""The meaning of an evidence label, shown for a focused card's button, never covers that
card's text: with 200% text on a 1024x600 window Gig Street's next morning put focus on the
day shift's Drive, where no place above, below or beside it was free, and the tip sat over
the card's last line ("Available") and out of the phone."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import FRAME, focus_on, press, start_level, to_the_next_morning

if TYPE_CHECKING:
    from game.ui.app import App


def test_the_tip_for_the_focused_card_is_drawn_clear_of_its_text_or_not_at_all(
    small_big_text: App,
) -> None:
    app = small_big_text
    start_level(app, "gig_street")
    press(app, pygame.K_RETURN)  # Start day 1
    press(app, pygame.K_4, frames=20)  # Services
    focus_on(app, "apply day_shift")
    press(app, pygame.K_RETURN, frames=10)
    to_the_next_morning(app)
    for _ in range(10):
        app.tick(FRAME)
    assert app.top.focus.current_key() == "apply day_shift"
    assert app.tip.key is not None, "the day shift's card has an evidence label"
    focused = app.top.focus.focused()
    card = next(c for c in app.top.phones["Services"].cards if c.items and c.items[0][1] is focused)
    text = next(w for w in card.widgets if hasattr(w, "html_text")).get_abs_rect()
    drawn = app.tip.shown(app.kit, app.screen.get_size())
    assert drawn is None or not drawn.colliderect(text), (drawn, text)
