"""A card list's scrolling area follows its cards without moving the list the player sees."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame
import pytest
from pygame_gui.elements import UIScrollingContainer, UITextBox

from game.ui.scenes.cards import fit_height

if TYPE_CHECKING:
    from game.ui.app import App


def _offset(box: UIScrollingContainer) -> int:
    return -box.get_container().get_relative_rect().top


@pytest.mark.parametrize("height", [3000, 1500])
def test_resizing_a_scrolled_list_keeps_it_where_it_was(app: App, height: int) -> None:
    manager = app.kit.manager
    box = UIScrollingContainer(pygame.Rect(10, 10, 400, 300), manager=manager, allow_scroll_x=False)
    for i in range(40):
        UITextBox(f"card {i}", pygame.Rect(0, i * 50, 380, 40), manager, container=box)
    fit_height(box, 2000)
    assert box.vert_scroll_bar is not None
    box.vert_scroll_bar.set_scroll_from_start_percentage(0.4)
    for _ in range(2):
        app.tick(0.016)
    before = _offset(box)
    assert before > 0
    fit_height(box, height)
    for _ in range(2):
        app.tick(0.016)
    assert box.get_container().get_relative_rect().height == height
    assert abs(_offset(box) - before) <= 1
