"""Faces appear where characters do: friend cards and friends' posts."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame
from pygame_gui.elements import UIImage

from game.ui.scenes.day import DayScene
from tests.ui.drive import all_cards_built, open_first_day, press

if TYPE_CHECKING:
    from game.ui.app import App


def _day(app: App) -> DayScene:
    return open_first_day(app)


def _images(day: DayScene) -> list[UIImage]:
    phone = day.widgets[day.phone_mark[0] :] if day.phone_mark else day.widgets
    inner = [w for w in phone if hasattr(w, "get_container")]
    found = [e for box in inner for e in box.get_container().elements]
    return [e for e in found if isinstance(e, UIImage) and e.visible]


def test_the_friends_tab_shows_a_portrait_for_every_character(app: App) -> None:
    day = _day(app)
    press(app, pygame.K_3)
    all_cards_built(app)
    assert len(_images(day)) >= len(day.session.level.spec.characters)


def test_the_shop_tab_shows_item_pictures_and_no_portraits(app: App) -> None:
    day = _day(app)
    press(app, pygame.K_1)
    all_cards_built(app)
    rows = day.phones["Shop"].rows
    assert all(r.face is None for r in rows)
    assert len(_images(day)) == len([r for r in rows if r.picture is not None]) > 0
