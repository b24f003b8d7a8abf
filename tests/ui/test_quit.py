"""Quitting closes at once: every sound is stopped and the mixer closed before the window,
so pygame.quit never waits for an audio device to drain what it was still playing."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import focus_on, press

if TYPE_CHECKING:
    from game.ui.app import App


def _mixer_state_at_pygame_quit() -> list[tuple[bool, bool]]:
    """(mixer open, something playing), recorded when pygame.quit begins its work."""
    seen: list[tuple[bool, bool]] = []

    def record() -> None:
        is_open = pygame.mixer.get_init() is not None
        seen.append((is_open, is_open and pygame.mixer.get_busy()))

    pygame.register_quit(record)
    return seen


def test_the_ambient_sound_plays_while_the_game_runs(app: App) -> None:
    assert app.kit.audio.ready and app.kit.audio.level > 0
    assert pygame.mixer.get_busy()


def test_closing_the_window_stops_the_sound_before_pygame_quits(app: App) -> None:
    assert pygame.mixer.get_busy()
    seen = _mixer_state_at_pygame_quit()
    pygame.event.post(pygame.event.Event(pygame.QUIT))
    asyncio.run(app.main_loop())
    assert seen == [(False, False)]
    assert not pygame.get_init()


def test_quit_on_the_title_screen_stops_the_sound_before_pygame_quits(app: App) -> None:
    seen = _mixer_state_at_pygame_quit()
    focus_on(app, "Quit")
    press(app, pygame.K_RETURN)
    assert not app.running
    asyncio.run(app.main_loop())
    assert seen == [(False, False)]
