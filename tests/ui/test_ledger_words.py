"""A ledger row or a bulletin reads as a sentence, even when its lead is a question."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import button, click, end_the_day, press, start_level

if TYPE_CHECKING:
    from game.ui.app import App


def test_a_change_caused_by_a_question_has_no_colon_after_its_question_mark(
    game_app: App,
) -> None:
    start_level(game_app, "my_wallet")
    press(game_app, pygame.K_RETURN)  # Start day 1
    assert game_app.top.name == "prompt" and game_app.top.prompt.title.endswith("?")
    proof = next(k for k, _, _ in game_app.top.focus.items if "Prove" in k)
    click(game_app, button(game_app, proof))
    press(game_app, pygame.K_5)  # Score
    rows = " ".join(r.markup for r in game_app.top._ledger_rows())
    assert game_app.top.session.changes()
    assert "rent?" in rows and "?:" not in rows


def test_a_bulletin_whose_headline_is_a_question_has_no_colon_after_its_question_mark(
    game_app: App,
) -> None:
    start_level(game_app, "citizen_score_2020")
    while game_app.top.name != "day":
        press(game_app, pygame.K_RETURN)
    end_the_day(game_app)
    assert game_app.top.name == "evening"
    news = " ".join(game_app.top.report.morning)
    assert "calculated?" in news and "?:" not in news
