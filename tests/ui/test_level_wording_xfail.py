"""Wording in shipped levels that reads wrong on screen; the level files are fixed by their
owners, so each test here is a strict expected failure until then."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pygame
import pytest

from tests.ui.drive import day_one, press, to_the_next_morning

if TYPE_CHECKING:
    from game.ui.app import App


@pytest.mark.xfail(
    strict=True,
    reason="gig_street.yaml: Tyler's bio says 'A 4.97 driver' while his card shows his rating "
    "drifting (4.96 by day 3); the bio should not name a number the card contradicts",
)
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
