"""A button focused in a long list is scrolled wholly into view: the scroll bar moves in
steps of its own pixels, some ten of the list's, so on the smallest window with the largest
text the Play buttons of Nosedive, FICO Country and My Wallet sat a few pixels below the
bottom of the level list, their focus ring cut off."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.ui.scenes.flow import start_scenes
from tests.ui.drive import focus_keys, focus_on, press

if TYPE_CHECKING:
    from game.ui.app import App


def test_each_play_button_reached_with_tab_is_wholly_in_view(small_big_text: App) -> None:
    app = small_big_text
    start_scenes(app, None, None, None)
    app.tick(0.016)
    press(app, pygame.K_RETURN)  # Play: the level list
    cut = []
    for key in [k for k in focus_keys(app) if k.startswith("play:")]:
        focus_on(app, key)
        button = app.top.focus.focused()
        view = app.top.focus.scroller[id(button)].get_abs_rect()
        if not view.contains(button.get_abs_rect()):
            cut.append(key)
    assert cut == []
