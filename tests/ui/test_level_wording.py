"""Shipped levels' wording as it reads on screen: a character's bio names no rating that
their card, which shows the rating as it drifts, would contradict."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import day_one, press, to_the_next_morning

if TYPE_CHECKING:
    from game.ui.app import App


def test_a_friends_card_never_shows_two_different_ratings_for_one_person(
    game_app: App,
) -> None:
    app = game_app
    day_one(app, "gig_street")
    for _ in range(2):
        to_the_next_morning(app)
    press(app, pygame.K_3, frames=5)  # Friends
    day = app.top
    (card,) = [c for c in day.phones["Friends"].cards if c.row.markup.startswith("<b>Tyler")]
    ratings = set(re.findall(r"\b\d\.\d\d\b", card.row.markup))
    assert len(ratings) == 1, card.row.markup
