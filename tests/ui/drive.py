"""Posting real input events to the app and reading what is on screen."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame
from pygame_gui.core import UIElement

from game.ui.scenes.day import DayScene

if TYPE_CHECKING:
    from game.core.actions import Action
    from game.core.level import Level
    from game.ui.app import App

FRAME = 0.016


def start_level(app: App, level_id: str) -> None:
    """Open a shipped level's briefing in `app`, as choosing it on the title screen does."""
    from game.core.content.loader import load_level
    from game.paths import level_files
    from game.ui.scenes.flow import start_scenes

    path = next(p for p in level_files() if p.stem == level_id)
    app.director = start_scenes(app, load_level(path).level, None, None)
    app.tick(FRAME)


def day_one(app: App, level_id: str) -> DayScene:
    """A shipped level started (Enter on its briefing) with each opening question left for
    later (Escape): returns day 1 (`app.top`)."""
    start_level(app, level_id)
    press(app, pygame.K_RETURN)  # Start day 1
    while app.top.name == "prompt":
        press(app, pygame.K_ESCAPE)
    assert isinstance(app.top, DayScene)
    return app.top


def press(app: App, key: int, mod: int = 0, frames: int = 2) -> None:
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=key, mod=mod, unicode="", scancode=0))
    pygame.event.post(pygame.event.Event(pygame.KEYUP, key=key, mod=mod, unicode="", scancode=0))
    for _ in range(frames):
        app.tick(FRAME)


def open_first_day(app: App, answer: int = pygame.K_ESCAPE) -> DayScene:
    """From the title: Play, the first level, Start day 1; each opening question is left for
    later (Escape) or answered as ticked (Enter)."""
    for _ in range(3):
        press(app, pygame.K_RETURN)
    while app.top is not None and app.top.name == "prompt":
        press(app, answer)
    assert isinstance(app.top, DayScene)
    return app.top


def focus_on(app: App, key: str, limit: int = 200) -> None:
    """Tab until the button with this focus key is highlighted."""
    for _ in range(limit):
        if app.top.focus.current_key() == key:
            return
        press(app, pygame.K_TAB, frames=1)
    raise AssertionError(f"never reached {key!r}; keys: {[k for k, _, _ in app.top.focus.items]}")


def show_kept_class(app: App) -> None:
    """From the title, Class debrief then Show: the kept results folder is filled in, so
    the projector opens on the class's first slide."""
    focus_on(app, "Class debrief")
    press(app, pygame.K_RETURN)
    press(app, pygame.K_RETURN, frames=3)


def kept_class_title(app: App) -> list[str]:
    """The lines of the projector's first slide for the kept class (`show_kept_class`)."""
    show_kept_class(app)
    assert app.top.name == "class_debrief" and app.top.step.kind == "title"
    return app.top.title_lines()


def end_the_day(app: App) -> None:
    """Press "End the day" by keyboard, and confirm it when actions were left."""
    focus_on(app, "End the day")
    press(app, pygame.K_RETURN)
    if app.top.name == "confirm":
        focus_on(app, "End the day")
        press(app, pygame.K_RETURN)


def to_the_next_morning(app: App) -> None:
    """End the day, close the evening with Enter and leave the morning's questions for later
    (Escape): the next day's scene is `app.top`."""
    end_the_day(app)
    assert app.top.name == "evening"
    press(app, pygame.K_RETURN, frames=5)
    while app.top.name == "prompt":
        press(app, pygame.K_ESCAPE, frames=5)


def focus_keys(app: App) -> list[str]:
    return [k for k, _, _ in app.top.focus.items]


def click(app: App, element: UIElement) -> None:
    """Move, press and release the left mouse button over an element."""
    pos = element.get_abs_rect().center
    pygame.mouse.set_pos(pos)
    for kind in (pygame.MOUSEMOTION, pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP):
        extra = (
            {"rel": (0, 0), "buttons": (0, 0, 0)} if kind == pygame.MOUSEMOTION else {"button": 1}
        )
        pygame.event.post(pygame.event.Event(kind, pos=pos, **extra))
        app.tick(FRAME)
    app.tick(FRAME)


def click_at(app: App, pos: tuple[int, int]) -> None:
    """A press and release at `pos`, then one frame, as a quick click does (no motion first:
    a second click of a double click)."""
    pygame.mouse.set_pos(pos)
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=1))
    pygame.event.post(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=1))
    app.tick(FRAME)


def page_texts(app: App) -> list[str]:
    """The unescaped text of every text box in the scrolled boxes of the scene on top."""
    return [
        html.unescape(w.html_text)
        for box in app.top.widgets
        if hasattr(box, "get_container")
        for w in box.get_container().elements
        if hasattr(w, "html_text")
    ]


def button(app: App, key: str) -> UIElement:
    return next(e for k, e, _ in app.top.focus.items if k == key)


def play_days(app: App, until: Callable[[App], bool], limit: int = 60) -> None:
    """End every day by keyboard (default answers to questions and evenings) until `until`
    holds for the app."""
    for _ in range(limit):
        if until(app):
            return
        if app.top.name in ("prompt", "evening"):
            press(app, pygame.K_RETURN)
            continue
        end_the_day(app)


def play_days_to_the_debrief(app: App, limit: int = 60) -> None:
    """From the briefing: Start day 1, then end every day until the debrief opens."""
    press(app, pygame.K_RETURN)  # Start day 1
    play_days(app, lambda a: a.top.name == "debrief", limit)
    assert app.top.name == "debrief"


def pay_the_lists_judgment(app: App) -> None:
    """On The List's first day: the Services tab, then its first button (pay in full)."""
    press(app, pygame.K_4, frames=20)  # Services
    press(app, pygame.K_DOWN)
    press(app, pygame.K_RETURN, frames=10)


def open_debrief(app: App, level_id: str, strategy: str = "conformist") -> Level:
    """The debrief of a built-in bot's run of a shipped level (seed 1) opened in `app`, as
    the end of the level opens it: returns the level."""
    from game.core.content.loader import load_level
    from game.paths import PROJECT_ROOT
    from game.sim.bots import chooser_for
    from game.sim.runner import run_episode
    from game.ui.play import PlaySession
    from game.ui.scenes.flow import Director

    level = load_level(PROJECT_ROOT / "levels" / f"{level_id}.yaml").level
    choose = chooser_for(level, strategy)
    assert level is not None and choose is not None
    episode = run_episode(level, choose, 1)
    app.director = Director(app)
    app.director.debrief(PlaySession.start(level, 1, list(episode.actions)))
    app.tick(FRAME)
    return level


def bot_run(
    level_id: str, strategy: str, *, actions: int | None = None, days: int | None = None
) -> tuple[Level, list[Action]]:
    """A shipped level and a built-in bot's actions in its run (seed 1): the first `actions`
    of them, or those of its first `days` days, or all."""
    from game.core.actions import END_DAY
    from game.core.content.loader import load_level
    from game.paths import PROJECT_ROOT
    from game.sim.bots import chooser_for
    from game.sim.runner import run_episode

    level = load_level(PROJECT_ROOT / "levels" / f"{level_id}.yaml").level
    assert level is not None
    choose = chooser_for(level, strategy)
    assert choose is not None
    played = list(run_episode(level, choose, 1).actions)
    if days is not None:
        actions = [i for i, a in enumerate(played) if a == END_DAY][days - 1] + 1
    return level, played[:actions]


def resume_bot_run(
    app: App, level_id: str, strategy: str, *, actions: int | None = None, days: int | None = None
) -> DayScene:
    """The day scene of a bot's run (`bot_run`) resumed in `app` where it was cut."""
    from game.ui.play import PlaySession
    from game.ui.scenes.flow import Director

    level, played = bot_run(level_id, strategy, actions=actions, days=days)
    app.director = Director(app)
    app.director.play(PlaySession.start(level, 1, played))
    app.tick(FRAME)
    while app.top.name != "day":
        press(app, pygame.K_ESCAPE)
    assert isinstance(app.top, DayScene)
    return app.top


def all_cards_built(app: App, limit: int = 500) -> None:
    """Tick until the shown tab's cards are all laid out (the rest of a long list comes a few
    a frame)."""
    day = app.top
    for _ in range(limit):
        if day.phone_tab not in day.card_jobs:
            return
        app.tick(FRAME)
    raise AssertionError("the cards were never finished")
