"""The title screen: what the game is, and the way in."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame
from pygame_gui.core import UIElement

from game.ui.dial import draw_emblem
from game.ui.kit import Kit
from game.ui.scene import Navigator, Scene

if TYPE_CHECKING:
    from game.ui.scenes.flow import Director

TAGLINE = "Live a citizen's life on a phone. Every purchase, post and friend moves your score."


class TitleScene(Scene):
    name = "title"

    def __init__(self, kit: Kit, nav: Navigator, director: Director) -> None:
        super().__init__(kit, nav)
        self.director = director

    def build(self, root: UIElement) -> None:
        w, h = self.size
        col = min(w - 80, 760)
        x = (w - col) // 2
        y = int(h * 0.42)
        title = self.text("<b>Citizen Score</b>", x, y, col, root, object_id="#title")
        y += title.get_relative_rect().height + 8
        tag = self.text(TAGLINE, x, y, col, root)
        y += tag.get_relative_rect().height + 16
        self.button("Play", (x, y), self.director.level_select, root, width=col // 2 - 6)
        self.button("Quit", (x + col // 2 + 6, y), self.nav.quit, root, width=col // 2 - 6)
        self.focus.focus_key("Play")

    def draw(self, surface: pygame.Surface) -> None:
        w, h = self.size
        draw_emblem(surface, self.kit, pygame.Rect(w // 2 - 170, int(h * 0.05), 340, int(h * 0.3)))

    def on_escape(self) -> bool:
        self.nav.quit()
        return True
