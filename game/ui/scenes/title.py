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
EVIDENCE_NOTE = (
    "<i>Every rule in the game carries a label that says how we know it: Documented, "
    "Reported, Claimed, Speculative, Fiction or Game abstraction. The debrief shows which "
    "was which in your own game.</i>"
)
ART_SHARE = 0.48
"""The share of the window's height the picture takes above the words and buttons."""


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
        y = int(h * ART_SHARE) + 16
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
        if not over:
            self._evidence_note(x, y + self.kit.line + 20, col, root)
        self._move_up(over)
        self._art((w, max(1, int(h * ART_SHARE) - over)))
        self.focus.focus_key(self.focus.items[0][0] if offer else "Play")

    def _evidence_note(self, x: int, y: int, width: int, root: UIElement) -> None:
        """How the game labels what it knows, under the buttons, where there is room for it
        (with large text the buttons and the picture come first)."""
        note = self.text(EVIDENCE_NOTE, x, y, width, root)
        if y + note.get_relative_rect().height + 16 > self.size[1]:
            self.widgets.remove(note)
            note.kill()

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
