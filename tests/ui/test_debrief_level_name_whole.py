"""The line beside the debrief's buttons names the level. On a 1024x600 window with text at
200% it read "Debrief: Citizen Score\u2026", the level's name cut; where it does not fit beside
the buttons it now has a row of its own above them, whole."""

from __future__ import annotations

from html import unescape
from typing import TYPE_CHECKING

import pygame
from pygame_gui.elements import UITextBox

from tests.ui.drive import focus_on, open_debrief, press

if TYPE_CHECKING:
    from game.ui.app import App


def action_row_texts(app: App) -> list[str]:
    """The texts of the boxes at the foot of the debrief, beside or above its buttons."""
    height = app.top.size[1]
    row = range(height - app.kit.line * 3, height)
    return [
        unescape(box.html_text)
        for box in app.kit.manager.get_sprite_group().sprites()
        if isinstance(box, UITextBox)
        and box.visible
        and box.get_abs_rect().top in row
        and box.get_abs_rect().bottom in row
    ]


def test_the_level_name_beside_the_buttons_is_whole_with_large_text(small_big_text) -> None:
    open_debrief(small_big_text, "citizen_score_2020")
    texts = action_row_texts(small_big_text)
    assert "Debrief: Citizen Score 2020" in texts, texts


def test_the_level_name_stays_beside_the_buttons_where_it_fits(game_app) -> None:
    open_debrief(game_app, "citizen_score_2020")
    assert "Debrief: Citizen Score 2020" in action_row_texts(game_app)
    assert game_app.top.title_beside


def test_the_society_page_keeps_its_chart_and_names_the_level_beside_next_chart(
    small_big_text,
) -> None:
    open_debrief(small_big_text, "the_list")
    focus_on(small_big_text, "page:society")
    press(small_big_text, pygame.K_RETURN, frames=5)
    scene = small_big_text.top
    assert scene.society_view is not None and scene.society_view.paged
    assert "The List" in action_row_texts(small_big_text)


def test_a_name_too_long_beside_next_chart_is_left_out_not_cut(small_big_text) -> None:
    open_debrief(small_big_text, "citizen_score_2020")
    focus_on(small_big_text, "page:society")
    press(small_big_text, pygame.K_RETURN, frames=5)
    assert small_big_text.top.society_view.paged
    texts = action_row_texts(small_big_text)
    assert not [t for t in texts if "\u2026" in t or "Citizen" in t], texts
