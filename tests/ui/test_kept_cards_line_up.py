"""Cards an action leaves unchanged line up with the cards it rebuilt: Nosedive's last action
of a day greyed out "Book" and so narrowed the Services tab's column of buttons; the rebuilt
cards grew wider to the new column while the kept ones kept the old width, a ragged right
edge that a fresh build of the same tab does not have."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import FRAME, day_one, focus_on, press

if TYPE_CHECKING:
    from game.ui.app import App


def _card_boxes(app: App) -> dict[str, tuple[int, int, int, int]]:
    inner = app.top.phone_box.get_container()
    return {
        html.unescape(e.html_text)[:30]: tuple(e.get_relative_rect())
        for e in inner.elements
        if hasattr(e, "html_text")
    }


def test_the_cards_an_action_kept_are_as_wide_as_a_fresh_build_of_the_tab(game_app: App) -> None:
    app = game_app
    day_one(app, "nosedive")
    press(app, pygame.K_RETURN, frames=10)  # buy the first item in the shop
    press(app, pygame.K_4, frames=20)  # Services
    for service in ("apply clinic_shift", "apply rating_appeal"):  # the day's last actions
        focus_on(app, service)
        press(app, pygame.K_RETURN, frames=10)
    assert app.top.world.actions_left == 0
    kept = _card_boxes(app)
    size = app.screen.get_size()
    pygame.event.post(pygame.event.Event(pygame.VIDEORESIZE, w=size[0], h=size[1], size=size))
    for _ in range(20):  # the same window: every card is laid out anew
        app.tick(FRAME)
    assert kept == _card_boxes(app)
