"""Whole levels played through the window, by keyboard and by mouse."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import button, click, end_the_day, focus_keys, focus_on, press

if TYPE_CHECKING:
    from game.ui.app import App


def _to_day(app: App) -> None:
    press(app, pygame.K_RETURN)  # Play on the title
    assert app.top.name == "level_select"
    press(app, pygame.K_RETURN)  # the first level
    assert app.top.name == "briefing"
    press(app, pygame.K_RETURN)  # Start day 1
    assert app.top.name in ("day", "prompt")


def test_a_whole_level_can_be_played_with_the_keyboard_alone(app: App) -> None:
    _to_day(app)
    for _ in range(12):
        if app.top.name == "prompt":
            press(app, pygame.K_RETURN)  # the pre-ticked answer is focused
        if app.top.name == "debrief":
            break
        assert app.top.name == "day"
        press(app, pygame.K_2)  # Feed
        likes = [k for k in focus_keys(app) if k.endswith(("like", "share")) or "like " in k]
        if likes:
            focus_on(app, likes[0])
            press(app, pygame.K_RETURN)
        end_the_day(app)
        assert app.top.name == "evening"
        press(app, pygame.K_RETURN)
    assert app.top.name == "debrief"
    assert app.top.session.world.ended


def test_a_day_can_be_played_with_the_mouse(app: App) -> None:
    click(app, button(app, "Play"))
    assert app.top.name == "level_select"
    click(app, button(app, "play:all_features"))
    assert app.top.name == "briefing"
    click(app, button(app, "Start day 1"))
    assert app.top.name == "prompt"
    click(app, button(app, "\u2610 No thanks"))
    assert app.top.name == "day"
    assert app.top.session.world.answers.get("share_data") == "decline"
    buy = next(k for k in focus_keys(app) if k.endswith("buy diapers"))
    click(app, button(app, buy))
    assert app.top.session.world.owned.get("diapers") == 1
    click(app, button(app, "End the day"))
    assert app.top.name == "confirm"
    click(app, button(app, "End the day"))
    assert app.top.name == "evening"
    click(app, button(app, "Continue"))
    assert app.top.name == "day" and app.top.session.world.day == 2
