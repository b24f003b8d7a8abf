"""Cutting a friend is one act, so the player reads one line for it, in plain words."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import focus_keys, focus_on, press, start_level

if TYPE_CHECKING:
    from game.ui.app import App


def _cut_first_friend(app: App) -> str:
    """Nosedive's first day, Friends tab, the first Unfriend pressed; the friend's name."""
    start_level(app, "nosedive")
    while app.top.name != "day":
        press(app, pygame.K_RETURN)
    press(app, pygame.K_3)
    key = next(k for k in focus_keys(app) if k.startswith("unfriend "))
    focus_on(app, key)
    press(app, pygame.K_RETURN)
    return app.top.session.level.characters[key.split()[-1]].name


def _continue_saved_game(app: App) -> None:
    """Save and leave from the pause menu, then Continue the level where it was left."""
    press(app, pygame.K_ESCAPE)
    focus_on(app, "Save and leave")
    press(app, pygame.K_RETURN)
    focus_on(app, "continue:nosedive")
    press(app, pygame.K_RETURN)
    while app.top.name != "day":
        app.tick(0.016)


def test_cutting_a_friend_is_told_as_removing_them_from_your_friends(game_app: App) -> None:
    name = _cut_first_friend(game_app)
    said = [line for line in game_app.top.log if name in line]
    assert said == [f"You removed {name} from your friends."]
    assert [t.text for t in game_app.top.toasts if name in t.text] == said


def test_a_resumed_day_tells_a_cut_friend_in_one_line(game_app: App) -> None:
    name = _cut_first_friend(game_app)
    _continue_saved_game(game_app)
    assert [line for line in game_app.top.log if name in line] == [
        f"You removed {name} from your friends."
    ]
