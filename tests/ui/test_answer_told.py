"""Answering a question is told even when the answer changes nothing on screen: many answers
only set a flag or move money ("Five stars, like everyone does", "Untick the box, then
close"), and the dialog used to close without a word, so the player could not tell the
choice had counted. An answer whose effect has its own line is not told twice."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import focus_on, press, start_level

if TYPE_CHECKING:
    from game.ui.app import App


def _answer(app: App, level_id: str, option: str) -> list[str]:
    """Start the level, press the opening question's option: the toasts shown after it."""
    start_level(app, level_id)
    press(app, pygame.K_RETURN)  # Start day 1
    assert app.top.name == "prompt"
    focus_on(app, option)
    press(app, pygame.K_RETURN, frames=5)
    assert app.top.name == "day"
    return [t.text for t in app.top.toasts]


def test_an_answer_with_no_effect_on_screen_is_told_in_a_toast_and_today(game_app: App) -> None:
    toasts = _answer(game_app, "nosedive", "\u2611 Five stars, like everyone does")
    told = "You answered: Five stars, like everyone does."
    assert told in toasts
    assert told in game_app.top.log


def test_an_answer_whose_effect_has_a_line_is_not_told_again(game_app: App) -> None:
    toasts = _answer(game_app, "sesame_garden", "\u2610 Join the beta")
    assert "You joined. From now on, what you do counts." in toasts
    assert not any(t.startswith("You answered") for t in toasts)
