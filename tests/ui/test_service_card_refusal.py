"""A service closed by a restriction says why on its card without naming itself again: the
card's title already does ('Train to Grandma's 80th birthday refused: ...' read twice)."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import press, resume_bot_run

if TYPE_CHECKING:
    from game.ui.app import App


def test_a_refused_service_card_gives_the_reason_without_its_own_title(game_app: App) -> None:
    day = resume_bot_run(game_app, "citizen_score_2020", "dissident", days=7)  # far below
    press(game_app, pygame.K_4)
    rows = [html.unescape(r.markup) for r in day._phone_rows("Services")]
    train = next(r for r in rows if r.startswith("<b>Train to Grandma's 80th birthday</b>"))
    assert "You can't apply now:</b> No train or plane tickets." in train
    assert "Train to Grandma's 80th birthday refused" not in train
