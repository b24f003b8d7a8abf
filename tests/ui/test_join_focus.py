"""On the join screen the box being typed in is ringed like a focused button, and the
keyboard can go back from the buttons to the boxes."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import press
from tests.ui.test_class_scenes import open_join, type_text

if TYPE_CHECKING:
    from game.ui.app import App


def _ringed(app: App, rect: pygame.Rect) -> bool:
    ring = rect.inflate(6, 6)
    focus = pygame.Color(app.kit.colours.focus)
    return app.screen.get_at((ring.centerx, ring.top + 1)) == focus


def test_the_code_box_being_typed_in_is_ringed(app: App) -> None:
    open_join(app)
    assert app.top.code_entry.is_focused
    assert _ringed(app, app.top.code_entry.get_abs_rect())


def test_tab_moves_the_ring_to_the_nickname_box(app: App) -> None:
    open_join(app)
    press(app, pygame.K_TAB)
    assert app.top.name_entry.is_focused
    assert _ringed(app, app.top.name_entry.get_abs_rect())
    assert not _ringed(app, app.top.code_entry.get_abs_rect())


def test_shift_tab_from_the_join_button_goes_back_to_the_nickname_box(app: App) -> None:
    open_join(app)
    press(app, pygame.K_TAB)
    press(app, pygame.K_TAB)
    assert app.top.focus.current_key() == "Join"
    press(app, pygame.K_TAB, mod=pygame.KMOD_SHIFT)
    assert app.top.name_entry.is_focused
    assert app.top.focus.current_key() is None


def test_after_a_code_is_refused_typing_goes_on_at_its_end(app: App) -> None:
    """A code short by its last letter: the message shows, and the letter typed next lands
    after the rest, not before 'CS-'."""
    open_join(app)
    type_text(app, "CS-8E22-AB80-02")
    press(app, pygame.K_RETURN, frames=3)
    assert app.top.error
    type_text(app, "Q")
    assert app.top.code_entry.get_text() == "CS-8E22-AB80-02Q"


def test_tabbing_back_to_a_box_types_at_its_end(app: App) -> None:
    open_join(app)
    type_text(app, "CS-8E22")
    press(app, pygame.K_TAB)
    press(app, pygame.K_TAB)
    press(app, pygame.K_TAB, mod=pygame.KMOD_SHIFT)  # back to the nickname box
    nickname = app.top.name_entry.get_text()
    type_text(app, "x")
    assert app.top.name_entry.get_text() == nickname + "x"
