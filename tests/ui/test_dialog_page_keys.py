"""Page Down in a dialog whose text is longer than its box scrolls that text."""

import pygame
from pygame_gui.elements import UIScrollingContainer

from game.core.content.loader import load_level
from tests.ui.drive import press
from tests.ui.test_inspector import FIXTURE, open_day


def test_page_down_scrolls_the_text_of_a_long_problems_dialog():
    from game.ui.scenes.overlays import ProblemsScene

    app = open_day(load_level(FIXTURE).level, debug=True)
    lines = [f"level.yaml:{n}:1: error: problem number {n}" for n in range(1, 80)]
    app.push(ProblemsScene(app.kit, app, lines))
    app.tick(0.016)
    dialog = app.top.widgets[-1].get_container()
    sprites = app.top.kit.manager.get_sprite_group().sprites()
    [box] = [e for e in sprites if isinstance(e, UIScrollingContainer) and e.ui_container is dialog]
    assert box.vert_scroll_bar is not None and box.vert_scroll_bar.visible_percentage < 1.0
    press(app, pygame.K_PAGEDOWN)
    app.tick(0.016)
    start = box.vert_scroll_bar.start_percentage
    pygame.quit()
    assert start > 0.0
