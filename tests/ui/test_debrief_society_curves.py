"""The society page's two curves stay inside their boxes: a share of 0 (The List's friends
sharing a tier) was drawn on the row under the box, outside the view."""

from pathlib import Path

import pygame

from game.core.content.loader import load_level
from game.ui.society_view import SocietyView

LEVEL = Path(__file__).parents[2] / "levels" / "the_list.yaml"


def test_a_curve_at_zero_is_drawn_inside_its_box_not_under_it():
    pygame.init()
    try:
        level = load_level(LEVEL).level
        assert level is not None
        rect = pygame.Rect(10, 10, 600, 400)
        view = SocietyView(level, 1, rect, None, citizens=2000, days=6)
        for _ in range(200):
            view.update(1000.0)
            if view.done:
                break
        assert view.done and view.result is not None
        assert view.result.assortativity[-1] < 0.01, "this level needs a curve near 0"
        surface = pygame.Surface((620, 440))
        surface.fill((0, 0, 0))
        view.draw(surface)
        accent = tuple(pygame.Color(view.colours.accent))[:3]
        under = [
            (x, y)
            for x in range(rect.left, rect.right)
            for y in range(rect.bottom - 2, rect.bottom + 4)
            if tuple(surface.get_at((x, y)))[:3] == accent
        ]
        assert not under, under[:5]
    finally:
        pygame.quit()
