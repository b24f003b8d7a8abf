"""Resuming a save: the recorded actions are replayed a slice per frame, so a long save never
freezes the window, and Esc goes back to the title with the save untouched."""

from __future__ import annotations

import time
from collections.abc import Iterator
from html import escape
from typing import TYPE_CHECKING

import pygame
from pygame_gui.core import UIElement

from game.core.actions import Action
from game.core.level import Level
from game.ui.kit import Kit
from game.ui.play import PlaySession
from game.ui.scene import PAGE_MARGIN, Navigator, Scene

if TYPE_CHECKING:
    from game.ui.director import SceneDirector as Director

FRAME_BUDGET_MS = 8.0
"""Milliseconds of replay per frame: half a 60 Hz frame, the rest is drawing and input."""
SLICE_ACTIONS = 256
"""At most this many actions a frame, however fast they go (refused ones cost little)."""


class ResumeScene(Scene):
    """Replays a saved run onto a fresh start of its level, then hands over to the day."""

    name = "resume"

    def __init__(
        self,
        kit: Kit,
        nav: Navigator,
        director: Director,
        level: Level,
        seed: int,
        actions: list[Action],
        budget_ms: float = FRAME_BUDGET_MS,
    ) -> None:
        super().__init__(kit, nav)
        self.director = director
        self.session = PlaySession.start(level, seed)
        self.total = len(actions)
        self.done = 0
        self.budget_ms = budget_ms
        self._steps: Iterator[int] | None = self.session.replaying(actions)
        self.progress_area = pygame.Rect(0, 0, 0, 0)
        """Where build left room for the progress line and bar."""

    def build(self, root: UIElement) -> None:
        w, h = self.size
        m = PAGE_MARGIN
        col = min(w - 2 * m, 760)
        x = (w - col) // 2
        title = escape(self.session.level.spec.meta.title)
        y = int(h * 0.3)
        head = self.text(f"<b>Resuming {title}</b>", x, y, col, root, object_id="#heading")
        y += head.get_relative_rect().height + 8
        self.progress_area = pygame.Rect(x, y, col, self.kit.line * 2)
        y += self.progress_area.height + 16
        note = self.text("Esc goes back to the title. Your save is kept.", x, y, col, root)
        y += note.get_relative_rect().height + 16
        self.button("Back to title", (x, y), self.cancel, root)

    def update(self, dt: float) -> None:
        super().update(dt)
        if self._steps is None:
            return
        if self._replay_slice():
            self._steps = None
            self.director.play(self.session)

    def _replay_slice(self) -> bool:
        """Replay actions until this frame's time or count runs out; True once all are done."""
        assert self._steps is not None
        deadline = time.perf_counter() + self.budget_ms / 1000
        start = self.done
        finished = False
        while self.done - start < SLICE_ACTIONS:
            if self.done > start and time.perf_counter() >= deadline:
                break
            done = next(self._steps, None)
            if done is None:
                finished = True
                break
            self.done = done
        return finished or self.done == self.total

    @property
    def day(self) -> int:
        return self.session.world.day

    def cancel(self) -> None:
        """Stop replaying and leave; nothing was written, so the save is as it was."""
        self._steps = None
        self.director.title()

    def on_escape(self) -> bool:
        self.cancel()
        return True

    def draw(self, surface: pygame.Surface) -> None:
        x, y, col = self.progress_area.x, self.progress_area.y, self.progress_area.width
        size = self.kit.px(16)
        days = self.session.level.spec.player.days
        label = f"Day {self.day} of {days}: {self.done} of {self.total} actions replayed"
        text = self.kit.text.render(label, size, self.kit.colours.ink)
        surface.blit(text, (x, y))
        bar = pygame.Rect(x, y + text.get_height() + 6, col, max(8, size // 2))
        pygame.draw.rect(surface, self.kit.colours.panel, bar, border_radius=6)
        pygame.draw.rect(surface, self.kit.colours.muted, bar, 1, border_radius=6)
        filled = bar.copy()
        filled.width = round(bar.width * self.done / max(1, self.total))
        if filled.width:
            pygame.draw.rect(surface, self.kit.colours.accent, filled, border_radius=6)
