"""After an action the phone's list never shows an old card under a new one, even in the
frames while the rest of the list is still being laid out."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pygame
import pytest

from tests.ui.drive import FRAME, focus_on, press, start_level

if TYPE_CHECKING:
    from game.ui.app import App
    from game.ui.scenes.cards import CardList


@pytest.fixture
def small_app() -> Iterator[App]:
    from game.ui.app import App

    application = App(size=(1024, 600))
    yield application
    pygame.quit()


def _covered(cards: CardList) -> list[str]:
    """The old cards still drawn inside the part of the list laid out anew."""
    view = cards.box.get_container().get_rect()
    return [
        key
        for key, card in cards.spare.items()
        if card.y < cards.y and any(w.visible and w.rect.colliderect(view) for w in card.widgets)
    ]


def test_an_unfriended_persons_old_card_is_not_drawn_under_the_new_list(
    small_app: App,
) -> None:
    start_level(small_app, "fico_country")
    while small_app.top.name != "day":
        press(small_app, pygame.K_RETURN)
    press(small_app, pygame.K_3)  # Friends
    focus_on(small_app, "unfriend marcus")
    press(small_app, pygame.K_RETURN, frames=1)
    cards = small_app.top.phones["Friends"]
    seen = []
    for _ in range(10):
        seen += _covered(cards)
        small_app.tick(FRAME)
    assert "marcus" not in small_app.top.world.friends
    assert seen == []
