"""Behind the last evening the Services tab says "Done." only of the services the player used;
the others are closed because the level is over (a visa never applied for is not done)."""

from __future__ import annotations

from html import unescape
from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import day_one, end_the_day, focus_on, press

if TYPE_CHECKING:
    from game.ui.app import App


def _card_texts(app: App) -> list[str]:
    from pygame_gui.elements import UITextBox

    sprites = app.kit.manager.get_sprite_group().sprites()
    return [w.html_text for w in sprites if isinstance(w, UITextBox)]


def test_after_the_last_day_only_a_used_service_says_done(game_app: App) -> None:
    app = game_app
    day_one(app, "the_list")
    focus_on(app, "tab:Services")
    press(app, pygame.K_RETURN)
    focus_on(app, "apply slow_train")
    press(app, pygame.K_RETURN)
    for _ in range(10):
        end_the_day(app)
        if app.top.session.world.ended:
            break
        press(app, pygame.K_RETURN)
        while app.top.name == "prompt":
            press(app, pygame.K_ESCAPE)
    assert app.top.name == "evening" and app.top.session.world.ended
    texts = _card_texts(app)
    done = [unescape(t.split("</b>")[0][3:]) for t in texts if t.endswith("Done.")]
    assert done == ["Ordinary train to Mum's (14 hours, hard seat)"]
