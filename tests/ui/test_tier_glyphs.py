"""The tier marks shown inline in text are solid shapes in the bundled font: a mark with a hole
in it (the inverse bullet once used for a shield) read as a broken character."""

import pygame
import pytest

from game.paths import assets_dir
from game.ui.present import TIER_GLYPHS


@pytest.mark.parametrize("icon", sorted(set(TIER_GLYPHS) - {"bars"}))
def test_a_tier_mark_is_ink_at_its_centre(icon):
    pygame.init()
    font = pygame.font.Font(str(assets_dir() / "fonts" / "DejaVuSans.ttf"), 64)
    mark = font.render(TIER_GLYPHS[icon], True, (0, 0, 0))  # ink on a clear background
    shape = mark.get_bounding_rect()
    assert shape.width > 0 and mark.get_at(shape.center).a > 128
