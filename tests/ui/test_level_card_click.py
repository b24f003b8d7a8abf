"""A level's card is clicked, not only its small Play button: a click on its picture or its
text used to do nothing, and a new player clicking the card they chose thought the game had
not heard them. The click presses the card's first button (Continue when saved, else Play)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import FRAME, focus_on, press

if TYPE_CHECKING:
    from game.ui.app import App


def _click_at(app: App, pos: tuple[int, int]) -> None:
    pygame.mouse.set_pos(pos)
    pygame.event.post(pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0,) * 3))
    app.tick(FRAME)
    for kind in (pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP):
        pygame.event.post(pygame.event.Event(kind, pos=pos, button=1))
        app.tick(FRAME)
    app.tick(FRAME)


def _levels(app: App) -> None:
    focus_on(app, "Play")
    press(app, pygame.K_RETURN)
    assert app.top.name == "level_select"


def test_clicking_a_level_cards_text_opens_its_briefing(app: App) -> None:
    _levels(app)
    elements, key = app.top.cards[0]
    assert key == "play:all_features"
    _click_at(app, elements[1].get_abs_rect().center)
    assert app.top.name == "briefing"


def test_clicking_a_level_cards_picture_opens_its_briefing(app: App) -> None:
    _levels(app)
    elements, _ = app.top.cards[0]
    _click_at(app, elements[0].get_abs_rect().center)
    assert app.top.name == "briefing"


def test_a_click_beside_the_cards_does_nothing(app: App) -> None:
    _levels(app)
    elements, _ = app.top.cards[0]
    text = elements[1].get_abs_rect()
    _click_at(app, (text.centerx, app.top.size[1] - 40))
    assert app.top.name == "level_select"
