"""After the day's last action, Enter ends the day: focus goes to "End the day" instead of a
tab, unless a question is still open."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import focus_keys, focus_on, open_first_day, press

if TYPE_CHECKING:
    from game.ui.app import App
    from game.ui.scenes.day import DayScene


def _use_every_action(app: App, day: DayScene) -> None:
    while day.world.actions_left > 0:
        press(app, pygame.K_1)
        buy = next(k for k in focus_keys(app) if " buy " in f" {k} ")
        focus_on(app, buy)
        press(app, pygame.K_RETURN, frames=3)


def test_after_the_last_action_focus_is_on_end_the_day(app: App) -> None:
    day = open_first_day(app, answer=pygame.K_RETURN)
    assert not day.world.open_prompts
    _use_every_action(app, day)
    assert app.top.focus.current_key() == "End the day"
    press(app, pygame.K_RETURN)
    assert app.top.name == "evening"


def test_with_a_question_still_open_the_last_action_leaves_focus_off_end_the_day(
    app: App,
) -> None:
    day = open_first_day(app, answer=pygame.K_ESCAPE)
    assert day.world.open_prompts
    _use_every_action(app, day)
    assert app.top.focus.current_key() != "End the day"
