"""The focus ring is drawn only where its button can be seen: a button scrolled out of the
phone's list leaves no yellow frame over the status line above the list."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import FRAME, day_one, focus_on, press

if TYPE_CHECKING:
    from game.ui.app import App


def test_a_focused_button_scrolled_out_of_the_list_draws_no_ring_above_the_list(
    game_app: App,
) -> None:
    app = game_app
    day = day_one(app, "sesame_garden")
    press(app, pygame.K_4)
    first = next(k for k, _, _ in day.focus.items if " apply " in f" {k} ")
    focus_on(app, first)
    element = day.focus.focused()
    view = day.focus.scroller[id(element)].get_abs_rect()
    pygame.mouse.set_pos(view.center)
    motion = {"pos": view.center, "rel": (0, 0), "buttons": (0, 0, 0)}
    pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, **motion))
    app.tick(FRAME)
    for _ in range(40):  # one notch at a time, until the button has just left the list
        if element.get_abs_rect().bottom < view.top:
            break
        pygame.event.post(pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=-1, flipped=False))
        for _ in range(4):
            app.tick(FRAME)
    assert day.focus.current_key() == first, "scrolling should not move the focus"
    button = element.get_abs_rect()
    assert button.bottom < view.top, "the list did not scroll the button out of sight"
    focus = pygame.Color(app.kit.colours.focus)
    ring = button.inflate(6, 6)
    assert ring.top >= 0, "the button left the window too: nothing to see"
    above = [
        (x, y)
        for x in range(ring.left, ring.right)
        for y in (ring.top + 1, ring.bottom - 2)
        if y < view.top and app.screen.get_at((x, y))[:3] == focus[:3]
    ]
    assert above == []
