"""A toast tells what an action did and why: it shows its whole text, wrapped onto more lines
where the phone is narrow, and stays inside the phone at every size and text scale. (One of
several sentences, too tall for a quarter of the list, says its first ones: see
test_day_toast_short.py.)"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pygame
import pytest

from game.ui.scenes.toasts import face_size
from tests.ui.drive import day_one, focus_keys, focus_on, press

if TYPE_CHECKING:
    from game.ui.app import App
    from game.ui.scenes.day import DayScene

SIZES = [(1024, 600), (1280, 720), (1600, 900)]
SCALES = [100, 150, 200]


@pytest.fixture
def make_app() -> Iterator[type]:
    yield _app
    pygame.quit()


def _app(size: tuple[int, int], scale: int) -> App:
    from game.ui.app import App

    app = App(size)
    app.kit.settings.text_scale = scale
    app.resize(size)
    return app


def _act(app: App, key: str) -> DayScene:
    """Press a card's button by keyboard, then let the toast finish sliding in."""
    focus_on(app, key)
    press(app, pygame.K_RETURN, frames=20)
    assert app.top.name == "day"
    return app.top


def _inside(day: DayScene, app: App) -> list[pygame.Rect]:
    """Each toast's box, checked to lie inside the phone and the window."""
    phone, window = day.phone_rect, app.screen.get_rect()
    boxes = day.toast_boxes()
    assert boxes and all(phone.contains(b) and window.contains(b) for b in boxes), (phone, boxes)
    return boxes


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("scale", SCALES)
def test_a_purchase_toast_shows_its_whole_text_inside_the_phone(make_app, size, scale) -> None:
    app = make_app(size, scale)
    day_one(app, "citizen_score_2020")
    day = _act(app, "buy anime_box")
    said = "You bought Imported Japanese anime box set for 80."
    assert [t.text for t in day.toasts] == [said]
    lines = day.toast_lines(day.toasts[0])
    assert " ".join(lines) == said
    font = app.kit.text.font(app.kit.px(14))
    (box,) = _inside(day, app)
    assert all(font.size(line)[0] <= box.width for line in lines)
    assert box.height >= len(lines) * font.get_height()


def test_a_toast_too_long_for_one_line_at_a_small_size_wraps_instead_of_being_cut(
    make_app,
) -> None:
    app = make_app((1024, 600), 200)
    day_one(app, "citizen_score_2020")
    day = _act(app, "buy anime_box")
    lines = day.toast_lines(day.toasts[0])
    assert len(lines) > 1 and not any("\u2026" in line for line in lines)


@pytest.mark.parametrize("size", [(1024, 600), (1280, 720)])
def test_a_toast_about_someone_keeps_their_face_and_text_inside_the_phone(make_app, size) -> None:
    app = make_app(size, 200)
    day_one(app, "sesame_garden")
    press(app, pygame.K_3, frames=30)  # Friends, the whole list built
    befriend = next(k for k in focus_keys(app) if k.startswith("befriend "))
    day = _act(app, befriend)
    toast = next(t for t in day.toasts if t.face)
    box = _inside(day, app)[day.toasts.index(toast)]
    face = app.kit.faces.get(day.session.level.characters[toast.face], face_size(app.kit))
    assert box.left - 4 - face.get_width() >= day.phone_rect.left
    assert " ".join(day.toast_lines(toast)) == toast.text
