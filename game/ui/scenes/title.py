"""The title screen: what the game is, and the way in."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame
from pygame_gui.core import UIElement

from game.ui.keyart import title_art
from game.ui.kit import Kit
from game.ui.scene import Navigator, Scene
from game.ui.scenes.overlays import ConfirmScene, SettingsScene

if TYPE_CHECKING:
    from game.ui.director import SceneDirector as Director

TAGLINE = "Live a citizen's life on a phone. Every purchase, post and friend moves your score."


class TitleScene(Scene):
    name = "title"

    def __init__(self, kit: Kit, nav: Navigator, director: Director) -> None:
        super().__init__(kit, nav)
        self.director = director
        self.art: pygame.Surface | None = None

    def build(self, root: UIElement) -> None:
        w, h = self.size
        col = min(w - 80, 760)
        x = (w - col) // 2
        y = int(h * 0.42)
        title = self.text("<b>Citizen Score</b>", x, y, col, root, object_id="#title")
        y += title.get_relative_rect().height + 8
        tag = self.text(TAGLINE, x, y, col, root)
        y += tag.get_relative_rect().height + 16
        offer = self.director.continue_offer()
        if offer is not None:
            level, day = offer
            label = f"Continue: {level.spec.meta.title}, day {day}"
            self.button(label, (x, y), lambda: self.director.resume(level), root, width=col)
            y += self.kit.line + 8
        third = (col - 24) // 3
        self.button("Play", (x, y), self.director.level_select, root, width=third)
        self.button("Settings", (x + third + 12, y), self._settings, root, width=third)
        self.button("Quit", (x + 2 * (third + 12), y), self.nav.quit, root, width=third)
        y += self.kit.line + 12
        half = (x, y), (x + col // 2 + 6, y)
        self.button("Join a class", half[0], self.director.join_class, root, width=col // 2 - 6)
        self.button("Class debrief", half[1], self.director.class_debrief, root, width=col // 2 - 6)
        over = max(0, y + self.kit.line + 16 - h)
        self._move_up(over)
        self._art((w, max(1, int(h * 0.4) - over)))
        self.focus.focus_key(self.focus.items[0][0] if offer else "Play")

    def _move_up(self, over: int) -> None:
        """Large text with a Continue button can run the last row off a small window: the
        words and buttons move up by as much, and the picture above them is drawn shorter."""
        for element in self.widgets:
            rect = element.get_relative_rect()
            element.set_relative_position((rect.x, rect.y - over))

    def _art(self, size: tuple[int, int]) -> None:
        """The picture at this size, drawn only when the size changed."""
        if self.art is None or self.art.get_size() != size:
            self.art = title_art(size)

    def draw(self, surface: pygame.Surface) -> None:
        if self.art is not None:
            surface.blit(self.art, (0, 0))

    def _settings(self) -> None:
        self.nav.push(SettingsScene(self.kit, self.nav))

    def on_escape(self) -> bool:
        """Esc asks first, as it opens the pause menu during a day: one stray press must not
        close the game."""
        question = "Quit Citizen Score?"
        self.nav.push(ConfirmScene(self.kit, self.nav, question, "Quit", self.nav.quit, "Stay"))
        return True
