"""The director: which scene follows which, and the level's save and live-reload plumbing."""

import asyncio
from pathlib import Path

from game.classroom.seat import Seat
from game.core.actions import Action
from game.core.content.loader import load_level
from game.core.level import Level
from game.paths import assets_dir, level_files
from game.ui.app import App
from game.ui.director import LevelEntry
from game.ui.play import DEFAULT_SEED, PlaySession
from game.ui.scenes.briefing import BriefingScene
from game.ui.scenes.class_flow import ClassRoutes
from game.ui.scenes.day import DayScene
from game.ui.scenes.debrief import DebriefScene
from game.ui.scenes.level_select import LevelSelectScene
from game.ui.scenes.resume import ResumeScene
from game.ui.scenes.title import TitleScene
from game.ui.store import (
    SavedRun,
    delete_save,
    has_save,
    latest_save,
    level_slot,
    load_run,
    mark_completed,
    save_session,
    save_stamp,
)
from game.ui.watch import LevelWatcher
from game.userfiles import clean_stale_temp_files, data_dir


def list_levels() -> list[LevelEntry]:
    entries = []
    for path in level_files():
        result = load_level(path, assets=assets_dir())
        problems = [p.format() for p in result.problems]
        entries.append(LevelEntry(path, result.level if result.ok else None, problems))
    return sorted(
        entries,
        key=lambda e: (e.level is None, e.level.spec.meta.order if e.level else 0, e.path.name),
    )


def _level_for_slot(key: str) -> Level | None:
    """The level a save slot belongs to. The file named for the level's id is tried first, so
    the title loads one level instead of all of them; other files only if that one differs
    (a copy of a level under another name)."""
    level_id = key.split("@")[0]
    files = level_files()
    for path in sorted(files, key=lambda p: p.stem != level_id):
        result = load_level(path, assets=assets_dir())
        if result.ok and result.level is not None and level_slot(result.level) == key:
            return result.level
    return None


class Director(ClassRoutes):
    """Moves the player between scenes (the SceneDirector protocol scenes ask); it is the one
    module that knows every scene, so scenes never import each other."""

    def __init__(self, app: App, seed: int | None = None, *, designer: bool = False) -> None:
        self.app = app
        self.seed = seed
        self.message: str | None = app.notice
        self.watch = None
        self.designer = designer
        """Designer tools on (`--watch` or `--debug`): F12 opens the inspector."""
        self.save_warned = False
        """True once the player was told why progress cannot be saved (they are told once)."""
        self._read: tuple[tuple[str, int, int], SavedRun] | None = None
        """The save last read and its stamp: the title reads it to offer Continue, and
        pressing Continue then need not read it again."""
        self.last_level: Level | None = None
        """The level last opened: level select starts on its card when the player leaves it."""

    def title(self) -> None:

        self.app.replace(TitleScene(self.app.kit, self.app, self))

    def level_select(self) -> None:
        scene = LevelSelectScene(self.app.kit, self.app, self, list_levels(), self.last_level)
        self.app.replace(scene)

    def new_game(self, level: Level) -> None:
        self.last_level = level
        delete_save(level)
        session = PlaySession.start(level, DEFAULT_SEED if self.seed is None else self.seed)
        self.app.replace(BriefingScene(self.app.kit, self.app, self, session))

    def resume(self, level: Level) -> None:
        """Continue from the autosave, or start over with a message if it is unusable. The
        save is replayed a slice per frame (a long one would otherwise freeze the window)."""
        self.last_level = level
        run, problem = self._load_save(level)
        if run is None:
            self.message = problem
            self.new_game(level)
            return
        if run.seat is not None:
            level = self.take_seat(run.seat, level)
        record = run.record
        scene = ResumeScene(self.app.kit, self.app, self, level, record.seed, list(record.actions))
        self.app.replace(scene)

    def play(self, session: PlaySession) -> None:
        self.last_level = session.level
        if session.world.ended:
            self.debrief(session)
            return
        self.app.replace(DayScene(self.app.kit, self.app, self, session))

    def continue_offer(self) -> tuple[Level, int] | None:
        """The latest saved run as (level, day it stopped on), if its level still loads."""
        key = latest_save()
        level = _level_for_slot(key) if key is not None else None
        if level is None:
            return None
        day = self.saved_day(level)
        return None if day is None else (level, day)

    def saved_day(self, level: Level) -> int | None:
        """The day a level's saved run stopped on; None when it has no usable save."""
        run, _ = self._load_save(level)
        if run is None:
            return None
        return 1 + sum(a.verb == "end_day" for a in run.record.actions)

    def _load_save(self, level: Level) -> tuple[SavedRun | None, str | None]:
        """The level's save, read again only when the file changed since the last read."""
        stamp = save_stamp(level)
        if stamp is not None and self._read is not None and self._read[0] == stamp:
            return self._read[1], None
        run, problem = load_run(level)
        self._read = (stamp, run) if stamp is not None and run is not None else None
        return run, problem

    def autosave(self, session: PlaySession) -> str | None:
        """Saved after every action: quitting by any route, or a crash, loses nothing.
        Returns why progress cannot be saved, the first time only."""
        if session.world.ended:
            return None
        record = session.record(with_events=False)
        return self._first_warning(save_session(record, self.seat_for(session)))

    def day_ended(self, session: PlaySession) -> str | None:
        """Autosave each evening; a finished level is remembered and its save removed.

        Returns why progress cannot be saved, the first time only; play goes on either way.
        """
        if session.world.ended:
            self.keep_results(session)
            problem = mark_completed(session.level)
            if problem is None:
                delete_save(session.level)
        else:
            problem = save_session(session.record(), self.seat_for(session))
        return self._first_warning(problem)

    def save(self, session: PlaySession) -> None:
        """Save before leaving a level; a failure is noted for level select."""
        problem = save_session(session.record(), self.seat_for(session))
        warning = self._first_warning(problem)
        self.message = warning or self.message

    def _first_warning(self, problem: str | None) -> str | None:
        if problem is None or self.save_warned:
            return None
        self.save_warned = True
        return problem

    def debrief(self, session: PlaySession) -> None:

        self.app.replace(DebriefScene(self.app.kit, self.app, self, session))

    def next_level(self, level: Level) -> None:
        """The level after this one in level select's order; level select after the last."""
        playable = [e.level for e in list_levels() if e.level is not None]
        ids = [lv.id for lv in playable]
        at = ids.index(level.id) + 1 if level.id in ids else len(ids)
        if at < len(playable) and has_save(playable[at]):
            self.resume(playable[at])  # a run of it saved earlier goes on, not thrown away
        elif at < len(playable):
            self.new_game(playable[at])
        else:
            self.level_select()

    def take_message(self) -> str | None:
        message, self.message = self.message, None
        return message


def start_scenes(
    app: App,
    level: Level | None,
    seed: int | None,
    watch: str | None,
    *,
    debug: bool = False,
    actions: list[Action] | None = None,
    seat: Seat | None = None,
) -> Director:
    """The first scene: the title, or the level's briefing; with `actions` (a warp to a
    later day) straight into the day those actions reach."""
    director = Director(app, seed, designer=debug or bool(watch))
    if seat is not None and level is not None:
        director.start_class(seat.code, level, seat.nickname)
        return director
    if level is None:
        director.title()
        if watch:  # a file broken at start: its problems show until a save makes it load
            director.watch = LevelWatcher(Path(watch), app, director)
            app.extra_tick = director.watch.poll
            director.watch.reload()
        return director
    if watch:
        director.watch = LevelWatcher(Path(level.file), app, director)
        app.extra_tick = director.watch.poll
    if actions:
        director.play(PlaySession.start(level, director.seed or DEFAULT_SEED, actions))
    else:
        director.new_game(level)
    return director


def run_app(
    level: Level | None = None,
    seed: int | None = None,
    watch: str | None = None,
    *,
    debug: bool = False,
    actions: list | None = None,
    seat: Seat | None = None,
) -> int:
    """Open the window at the title screen, or straight into an already loaded level;
    `watch` is the level file to reload when it is saved; `debug` turns on the designer
    inspector; `actions` (a warp) are replayed before the first frame; `seat` joins a class
    session."""
    clean_stale_temp_files(data_dir())
    app = App()
    app.settle_memory()
    start_scenes(app, level, seed, watch, debug=debug, actions=actions, seat=seat)
    app.tick()
    asyncio.run(app.main_loop())
    return 0
