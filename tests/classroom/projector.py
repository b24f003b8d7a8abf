"""The projector's class debrief, driven by posted keys, with every text it draws recorded."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pygame

from game.classroom.report import ClassReport
from game.ui.kit import TextCache


class Recording(TextCache):
    """The kit's text cache, remembering every text drawn (it still draws them)."""

    def __init__(self) -> None:
        super().__init__()
        self.drawn: list[str] = []

    def render(self, text: str, size: int, colour: str, bold: bool = False) -> pygame.Surface:
        self.drawn.append(text)
        return super().render(text, size, colour, bold)


def band_chart_texts() -> Iterator[Callable[[ClassReport], list[str]]]:
    """A function that shows a report's score-band step and returns the texts drawn on it
    (the app closes when the generator does)."""
    from game.ui.app import App
    from game.ui.scenes.class_debrief import ClassDebriefScene
    from game.ui.scenes.flow import Director

    app = App()

    def show(report: ClassReport) -> list[str]:
        app.kit.text = Recording()
        app.replace(ClassDebriefScene(app.kit, app, Director(app), report))
        app.tick(0.016)
        pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_RIGHT, mod=0))
        app.tick(0.016)
        assert app.top.step.kind == "bands"
        return app.kit.text.drawn

    yield show
    pygame.quit()
