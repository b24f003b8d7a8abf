"""A toast that quotes someone ("Wei: Don't let them make you drop me.") shows their face
beside it, as a toast about them does; a toast about a purchase shows none."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import day_one, focus_on, press

if TYPE_CHECKING:
    from game.ui.app import App


def test_a_reply_to_a_message_shows_the_face_of_who_wrote_it(game_app: App) -> None:
    day = day_one(game_app, "citizen_score_2020")
    press(game_app, pygame.K_3, frames=60)  # Friends
    focus_on(game_app, "message wei")
    press(game_app, pygame.K_RETURN, frames=10)
    (toast,) = day.toasts
    assert toast.text.startswith("Wei: ")
    assert toast.face == "wei"


def test_a_purchase_toast_shows_no_face(game_app: App) -> None:
    day = day_one(game_app, "citizen_score_2020")
    focus_on(game_app, "buy anime_box")
    press(game_app, pygame.K_RETURN, frames=10)
    (toast,) = day.toasts
    assert toast.text.startswith("You bought") and toast.face is None
