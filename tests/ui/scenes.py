"""Reach every scene of the real app, for rendering and layout tests."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from game.core.actions import END_DAY, Action
from game.ui.scenes.flow import list_levels
from game.ui.scenes.overlays import HelpScene, PauseScene, ProblemsScene

if TYPE_CHECKING:
    from game.ui.app import App

FRAME = 0.016


def settle(app: App) -> None:
    for _ in range(2):
        app.tick(FRAME)


def each_scene(app: App) -> Iterator[tuple[str, App]]:
    """Yield (name, app) with the app showing each scene in turn."""
    director = app.director
    yield "title", app
    director.level_select()
    settle(app)
    yield "level_select", app
    level = list_levels()[0].level
    director.new_game(level)
    settle(app)
    yield "briefing", app
    session = app.top.session
    director.play(session)
    settle(app)
    yield "prompt", app
    app.pop()
    day = app.top
    for tab in ("Shop", "Feed", "Friends", "Services", "Score"):
        day.show_tab(tab)
        settle(app)
        yield f"day_{tab.lower()}", app
    app.push(HelpScene(app.kit, app))
    settle(app)
    yield "help", app
    app.pop()
    app.push(PauseScene(app.kit, app, lambda: None))
    settle(app)
    yield "pause", app
    app.pop()
    app.push(ProblemsScene(app.kit, app, ["level.yaml:3:1: error: 'days' must be 1 to 30"]))
    settle(app)
    yield "problems", app
    app.pop()
    day.act(Action("buy", "diapers"))
    day.close_day()
    settle(app)
    yield "evening", app
    app.pop()
    while not session.world.ended:
        session.act(END_DAY)
    director.debrief(session)
    settle(app)
    yield "debrief", app
