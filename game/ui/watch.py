"""Live reload for designers: poll the level file's mtime (no threads) and replay onto it."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from game.core.content.loader import load_level
from game.design.entry_paths import named_problems
from game.paths import assets_dir
from game.ui.scenes.day import DayScene
from game.ui.scenes.overlays import DroppedScene, ProblemsScene

if TYPE_CHECKING:
    from game.ui.app import App
    from game.ui.director import SceneDirector as Director

POLL_SECONDS = 0.5


class LevelWatcher:
    """Called once a frame; checks the file about twice a second."""

    def __init__(self, path: Path, app: App, director: Director) -> None:
        self.path = path
        self.app = app
        self.director = director
        self.last_check = 0.0
        self.mtime = self._mtime()

    def _mtime(self) -> float:
        try:
            return self.path.stat().st_mtime
        except OSError:
            return 0.0

    def poll(self) -> None:
        now = time.monotonic()
        if now - self.last_check < POLL_SECONDS:
            return
        self.last_check = now
        mtime = self._mtime()
        if mtime != self.mtime:
            self.mtime = mtime
            self.reload()

    def reload(self) -> None:
        """Replay onto the saved file; a broken file shows one problems dialog, replaced on
        each save, while the last good version keeps running."""
        result = load_level(self.path, assets=assets_dir())
        if not result.ok:
            named = named_problems(result.problems, self.path)
            problems = [p.format() for p in named] or [f"{self.path}: cannot load"]
            self._notice(problems=problems)
            return
        day = next((s for s in self.app.stack if isinstance(s, DayScene)), None)
        if day is None:
            self.director.new_game(result.level)
            return
        dropped = day.session.reload(result.level)
        inspecting = any(s.name == "inspector" for s in self.app.stack)
        while self.app.top is not day:
            self.app.pop()
        if day.session.world.ended:
            self.director.play(day.session)
            return
        played = len(day.session.actions)
        word = "action" if played == 1 else "actions"
        again = f" and played your {played} {word} again" if played else ""  # none: just reloaded
        day.session_reloaded(f"Reloaded {self.path.name}{again}.")
        if inspecting:  # a designer tuning a rule watches its counts across saves
            day.open_inspector()
        if dropped:
            self._notice(dropped=[f"{action}: {reason}" for action, reason in dropped])

    def _notice(
        self, *, problems: list[str] | None = None, dropped: list[str] | None = None
    ) -> None:
        """One reload dialog at a time: a newer one replaces the one on top."""
        if isinstance(self.app.top, ProblemsScene | DroppedScene):
            self.app.pop()
        if problems is not None:
            playing = any(isinstance(s, DayScene) for s in self.app.stack)
            self.app.push(ProblemsScene(self.app.kit, self.app, problems, playing=playing))
        elif dropped:
            self.app.push(DroppedScene(self.app.kit, self.app, dropped))
