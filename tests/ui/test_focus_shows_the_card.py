"""On a small screen with the largest text, a Buy button reached with Tab comes into view with
its card above it: the player reads what the button buys, not a Buy under a cut-off title."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import day_one, focus_keys, focus_on

if TYPE_CHECKING:
    from game.ui.app import App


def test_tabbing_to_a_buy_button_shows_the_whole_card_it_buys(small_big_text: App) -> None:
    app = small_big_text
    day_one(app, "nosedive")
    buys = [k for k in focus_keys(app) if k.startswith("buy ")]
    for key in buys[:4]:
        focus_on(app, "End the day")  # from outside the list, Tab on to the button
        focus_on(app, key)
        buy = app.top.focus.focused()
        box = app.top.focus.scroller[id(buy)]
        view = box.get_abs_rect()
        assert view.top <= _card_above(box, buy).get_abs_rect().top, key
        assert buy.get_abs_rect().bottom <= view.bottom, key


def _card_above(box: object, button: object) -> object:
    """The nearest text box starting above the button in its list: the card it acts on,
    whether the button sits under its text or beside it."""
    from pygame_gui.elements import UITextBox

    top = button.get_relative_rect().top
    texts = [
        e
        for e in box.get_container().elements
        if isinstance(e, UITextBox) and e.get_relative_rect().top <= top
    ]
    return max(texts, key=lambda e: e.get_relative_rect().top)


def test_a_toast_that_shortens_the_list_keeps_the_focused_buttons_card_in_view(
    small_big_text: App,
) -> None:
    """Answering the first question brings a toast; the list shrinks above it and the first
    Buy button, focused, is scrolled back into view with its card, not under a cut title."""
    from tests.ui.drive import press, start_level

    app = small_big_text
    start_level(app, "nosedive")
    press(app, pygame.K_RETURN)  # Start day 1
    focus_on(app, "\u2610 Three stars, the honest rating")
    press(app, pygame.K_RETURN, frames=5)
    assert app.top.name == "day" and app.top.toasts
    buy = app.top.focus.focused()
    box = app.top.focus.scroller[id(buy)]
    view = box.get_abs_rect()
    assert view.top <= _card_above(box, buy).get_abs_rect().top
    assert buy.get_abs_rect().bottom <= view.bottom
