"""Frame timing for every scene, driven through the real app with synthetic mouse movement."""

import statistics
import time
from dataclasses import replace

import pygame

from game.core.actions import END_DAY, Action
from game.core.content.loader import load_level
from game.core.level import Level
from game.core.offers import allowed
from game.core.world import World
from game.paths import assets_dir, level_files, resolve_level
from game.ui.app import App
from game.ui.play import DEFAULT_SEED, PlaySession
from game.ui.scenes.day import DayScene
from game.ui.scenes.flow import Director, start_scenes
from game.ui.scenes.overlays import HelpScene, PauseScene


def measure(
    size: tuple[int, int], frames: int, level_name: str | None, process_start: float
) -> dict:
    level = _level(level_name)
    app = App(size)
    app.settle_memory()  # as run_app does before the first scene
    director = start_scenes(app, None, None, None)
    app.tick(0.016)
    first_frame = time.perf_counter() - process_start
    scenes: dict[str, dict] = {"title": _time(app, frames)}
    director.level_select()
    scenes["level_select"] = _time(app, frames)
    director.new_game(level)
    scenes["briefing"] = _time(app, frames)
    session = app.top.session
    director.play(session)
    app.tick(0.016)
    if app.top.name == "prompt":
        scenes["prompt"] = _time(app, frames)
        app.pop()
    day = app.top
    for tab in ("Shop", "Feed", "Friends", "Services", "Score"):
        day.show_tab(tab)
        scenes[f"day_{tab.lower()}"] = _time(app, frames)
    day.act(Action("buy", level.spec.items[0].id) if level.spec.items else END_DAY)
    scenes["day_toasts"] = _time(app, frames)
    for name, scene in (("help", HelpScene(app.kit, app)), ("pause", PauseScene(app.kit, app))):
        app.push(scene)
        scenes[name] = _time(app, frames)
        app.pop()
    day.close_day()
    scenes["evening"] = _time(app, frames)
    app.pop()
    while not session.world.ended:
        session.act(END_DAY)
    director.debrief(session)
    scenes["debrief"] = _time(app, frames)
    action = _action_ms(app, director, level)
    pygame.quit()
    return {"scenes": scenes, "first_frame_s": round(first_frame, 3), "action_ms": action}


def _action_ms(app: App, director: Director, level: Level) -> dict[str, float]:
    """Action to next presented frame, on the last day (the longest lists), every tab; and
    the frames just after, where the rest of a long list is laid out."""
    session = PlaySession.start(level, DEFAULT_SEED)
    while session.world.day < level.spec.player.days:
        session.act(END_DAY)
    director.play(session)
    app.tick(0.016)
    while app.top.name != "day":
        app.pop()
        app.tick(0.016)
    day = app.top
    times, after = [], []
    for tab in ("Shop", "Feed", "Friends", "Services", "Score"):
        day.show_tab(tab)
        for _ in range(100):  # the whole tab, so each of its buttons can be pressed
            app.tick(0.016)
            if tab not in day.card_jobs:
                break
        for action in _pressable(day, session.world)[:6]:
            start = time.perf_counter()
            day.act(action)
            app.tick(1 / 60)
            times.append((time.perf_counter() - start) * 1000)
            for _ in range(3):
                start = time.perf_counter()
                app.tick(1 / 60)
                after.append((time.perf_counter() - start) * 1000)
            session.world = replace(session.world, actions_left=3)  # keep acting on this day
    return {**_spread(times), "actions": len(times), "after_p99_ms": _spread(after)["p99_ms"]}


def _pressable(day: DayScene, world: World) -> list[Action]:
    """The shown tab's buttons first, as a player presses them, then other offers (which
    change the same screen). Not ending the day nor answering a question: those open
    another scene. Replies to messages stay: they are buttons on the Friends tab."""
    shown = {key for key, _, _ in day.focus.items}
    offers = [o.action for o in allowed(world) if o.action.verb not in ("end_day", "answer")]
    return [a for a in offers if str(a) in shown] + [a for a in offers if str(a) not in shown]


def _spread(times: list[float]) -> dict[str, float]:
    times = sorted(times)
    return {
        "median_ms": round(statistics.median(times), 2),
        "p99_ms": round(times[min(len(times) - 1, int(len(times) * 0.99))], 2),
    }


def _level(name: str | None) -> Level:
    path = resolve_level(name) if name else next(iter(level_files()), None)
    if path is None:
        raise LookupError(f"no level {'named ' + repr(name) if name else 'in the levels folder'}")
    result = load_level(path, assets=assets_dir())
    if not result.ok:
        raise ValueError(f"{path} has problems; run citizen-score validate {path}")
    return result.level


def _time(app: App, frames: int) -> dict:
    """Settle the scene (its one-off build is reported apart), then time steady frames; the
    CPU time of the game's own thread beside the wall time, which on a shared machine also
    holds other programs' turns."""
    start = time.perf_counter()
    app.tick(0.016)
    build = (time.perf_counter() - start) * 1000
    w, h = app.screen.get_size()
    times, cpu = [], []
    for i in range(frames):
        pos = (int(w * (0.1 + 0.8 * (i % 60) / 60)), int(h * (0.2 + 0.6 * ((i * 7) % 50) / 50)))
        pygame.event.post(
            pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(1, 1), buttons=(0, 0, 0))
        )
        start, start_cpu = time.perf_counter(), time.thread_time()
        app.tick(1 / 60)
        times.append((time.perf_counter() - start) * 1000)
        cpu.append((time.thread_time() - start_cpu) * 1000)
    return {**_spread(times), "cpu_p99_ms": _spread(cpu)["p99_ms"], "build_ms": round(build, 1)}
