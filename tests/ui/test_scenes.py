"""Every scene draws something, and its text fits at the smallest window and largest text."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pygame
import pytest
from pygame_gui.elements import UIButton

from tests.ui.scenes import each_scene

if TYPE_CHECKING:
    from game.ui.app import App


def test_every_scene_renders_a_non_blank_image(app: App) -> None:
    seen = []
    for name, shown in each_scene(app):
        surface = shown.screen
        colours = {
            surface.get_at((x, y))[:3]
            for x in range(0, surface.get_width(), 37)
            for y in range(0, surface.get_height(), 29)
        }
        assert len(colours) > 3, f"{name} looks blank"
        seen.append(name)
    assert "debrief" in seen and "day_score" in seen


def _problems(app: App) -> list[str]:
    """Our buttons: label fits, inside the window (or inside the list that scrolls them),
    and no two overlap."""
    window = pygame.Rect((0, 0), app.screen.get_size())
    font = app.kit.text.font(app.kit.px(16))
    out, buttons = [], []
    for scene in app.visible():
        for _, b, _ in scene.focus.items:
            if not (isinstance(b, UIButton) and b.visible):
                continue
            buttons.append(b)
            rect = b.get_abs_rect()
            if font.size(b.text)[0] > rect.width - 4:
                out.append(f"button text too wide: {b.text!r}")
            scroller = scene.focus.scroller.get(id(b))
            area = window if scroller is None else scroller.get_abs_rect()
            if scroller is not None:
                rect = pygame.Rect(rect.x, area.y, rect.width, 1)
            if not area.contains(rect):
                out.append(f"button outside its area: {b.text!r} {rect}")
    for i, a in enumerate(buttons):
        for b in buttons[i + 1 :]:
            if a.ui_container is b.ui_container and a.get_abs_rect().colliderect(b.get_abs_rect()):
                out.append(f"buttons overlap: {a.text!r} and {b.text!r}")
    return out


@pytest.mark.parametrize("scale", [200])
def test_text_fits_in_every_scene_at_1024x600_with_large_text(levels_dir: Path, scale: int) -> None:
    from game.ui.app import App
    from game.ui.scenes.flow import start_scenes
    from game.ui.store import Settings

    app = App((1024, 600), Settings(text_scale=scale))
    app.director = start_scenes(app, None, None, None)
    app.tick(0.016)
    problems = {name: _problems(shown) for name, shown in each_scene(app)}
    assert {k: v for k, v in problems.items() if v} == {}
