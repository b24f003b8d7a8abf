"""On the Friends tab every person's card has the same columns: Message, then Befriend or
Unfriend, each in one place down the list; where the engine refuses a message, the card
says the engine's reason instead of leaving the column unexplained."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame
import pytest

from game.core.actions import Action
from game.core.verbs import VERBS
from tests.ui.drive import day_one, press

if TYPE_CHECKING:
    from game.ui.app import App
    from game.ui.scenes.cards import Card

LEVELS = ("the_list", "nosedive", "citizen_score_2020", "gig_street")


def _people_cards(app: App, level_id: str) -> list[Card]:
    """The day-one Friends tab's cards of people (friends, suggested, others), all laid out."""
    day = day_one(app, level_id)
    press(app, pygame.K_3, frames=5)
    cards = day.phones["Friends"]
    while not cards.done:
        app.tick(0.016)
    chars = day.session.level.characters
    return [
        c
        for c in cards.cards
        if c.row.face in chars and any(a.verb in ("befriend", "unfriend") for _, a in c.row.buttons)
    ]


def _right_edge(card: Card, verb: str) -> int | None:
    for key, element, _, _ in card.items:
        if key.startswith(f"{verb} "):
            return int(element.get_relative_rect().right)
    return None


@pytest.mark.parametrize("level_id", LEVELS)
def test_every_persons_message_button_is_in_one_column(game_app: App, level_id: str) -> None:
    cards = _people_cards(game_app, level_id)
    edges = {_right_edge(c, "message") for c in cards} - {None}
    assert len(edges) == 1, edges


@pytest.mark.parametrize("level_id", LEVELS)
def test_every_persons_card_text_is_as_wide_as_the_others(game_app: App, level_id: str) -> None:
    cards = _people_cards(game_app, level_id)
    widths = {c.widgets[1].get_relative_rect().width for c in cards}
    assert len(widths) == 1, widths


@pytest.mark.parametrize("level_id", LEVELS)
def test_a_person_without_a_message_button_says_the_engines_reason(
    game_app: App, level_id: str
) -> None:
    cards = _people_cards(game_app, level_id)
    world = game_app.top.world
    silent = [c for c in cards if _right_edge(c, "message") is None]
    assert silent, "every level here has a stranger who cannot be messaged"
    for card in silent:
        reason = VERBS["message"].refusal(world, Action("message", str(card.row.face)))
        assert reason is not None and reason in card.row.markup
