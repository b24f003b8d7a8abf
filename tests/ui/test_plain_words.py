"""Screens a first-time player reads speak plain words: "regime" is a word for politics
class, so the level list and the keyboard help say where you live and its rules instead."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import day_one, end_the_day, open_first_day, press

if TYPE_CHECKING:
    from game.ui.app import App


def _shown_text(app: App) -> str:
    """Every text on the top scene, down through its panels and scrolling boxes."""
    texts, todo = [], list(app.top.widgets)
    while todo:
        widget = todo.pop()
        texts.append(getattr(widget, "html_text", "") or getattr(widget, "text", "") or "")
        if hasattr(widget, "get_container"):
            todo += [w for w in widget.get_container().elements if w is not widget]
    return " ".join(texts)


def test_the_level_list_asks_where_and_when_you_live_without_the_word_regime(app: App) -> None:
    press(app, pygame.K_RETURN)  # Play
    assert app.top.name == "level_select"
    shown = _shown_text(app)
    assert "Choose where and when you live" in shown
    assert "regime" not in shown.lower()


def test_the_keyboard_help_explains_score_changes_without_the_word_regime(app: App) -> None:
    open_first_day(app)
    press(app, pygame.K_F1)
    assert app.top.name == "help"
    shown = _shown_text(app)
    assert "Every change to your score" in shown
    assert "regime" not in shown.lower()


def test_the_list_s_van_offer_says_what_gets_you_listed_in_plain_words(game_app: App) -> None:
    day_one(game_app, "the_list")
    end_the_day(game_app)
    while game_app.top.name != "prompt":
        press(game_app, pygame.K_RETURN)  # the evening, then the morning's question
    shown = _shown_text(game_app)
    assert "Sign your van over" in shown
    assert "can get you listed" in shown
    assert "ground for listing" not in shown and "assets" not in shown


def test_no_shipped_debrief_summary_or_invented_note_says_regime() -> None:
    from game.classroom.levels import shipped_levels

    said = {
        level.id: f"{level.spec.debrief.summary} {level.spec.debrief.invented or ''}"
        for level in shipped_levels()
    }
    assert [name for name, text in said.items() if "regime" in text.lower()] == []
