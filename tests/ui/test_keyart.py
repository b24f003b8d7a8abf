"""Key art: the title scene and one illustration per level, drawn in code."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame
import pytest

from game.ui.keyart import MOTIFS, level_art, motif_for, title_art
from game.ui.scenes.flow import list_levels

if TYPE_CHECKING:
    from game.ui.app import App


@pytest.fixture(autouse=True)
def _pygame():
    pygame.init()
    yield
    pygame.quit()


def _pixels(surface: pygame.Surface) -> bytes:
    return pygame.image.tobytes(surface, "RGBA")


def test_every_shipped_level_gets_its_own_illustration():
    levels = [e.level for e in list_levels() if e.level is not None]
    motifs = {lv.id: motif_for(lv.id, lv.spec.meta.title) for lv in levels}
    assert len(set(motifs.values())) == len(levels), motifs
    arts = {_pixels(level_art(lv.id, lv.spec.meta.title, 64)) for lv in levels}
    assert len(arts) == len(levels)


def test_a_level_nobody_drew_for_still_gets_a_picture():
    assert motif_for("brand_new", "Something else") in MOTIFS
    assert level_art("brand_new", "Something else", 40).get_size() == (40, 40)


def test_the_same_level_is_drawn_the_same_way_every_time():
    assert _pixels(level_art("the_list", "The List", 48)) == _pixels(
        level_art("the_list", "The List", 48)
    )


@pytest.mark.parametrize("size", [(1024, 240), (1920, 432)])
def test_the_title_art_fills_any_window_width(size):
    art = title_art(size)
    assert art.get_size() == size
    colours = {art.get_at((x, y))[:3] for x in range(0, size[0], 53) for y in range(0, size[1], 31)}
    assert len(colours) > 6


def test_level_select_shows_an_illustration_beside_each_level(app: App) -> None:
    from pygame_gui.elements import UIImage

    app.director.level_select()
    for _ in range(2):
        app.tick(0.016)
    boxes = [w for w in app.top.widgets if hasattr(w, "get_container")]
    images = [e for b in boxes for e in b.get_container().elements if isinstance(e, UIImage)]
    assert len(images) == len([e for e in app.top.entries if e.level is not None])
