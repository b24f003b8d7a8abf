"""Toasts never cover the phone's list: while they are shown, the list ends above them."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pygame
import pytest

from tests.ui.drive import focus_keys, focus_on, open_first_day, press

if TYPE_CHECKING:
    from game.ui.app import App
    from game.ui.scenes.day import DayScene

SESAME = Path(__file__).parents[2] / "levels" / "sesame_garden.yaml"


@pytest.fixture
def sesame(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The tutorial level, whose shop is longer than the phone at any size."""
    folder = tmp_path / "levels"
    folder.mkdir()
    shutil.copy(SESAME, folder)
    monkeypatch.setenv("CITIZEN_SCORE_LEVELS", str(folder))
    yield folder
    pygame.quit()


def _two_purchases(size: tuple[int, int], scale: int) -> tuple[App, DayScene]:
    """The first day at this size and text scale, after two different purchases by keyboard."""
    from game.ui.app import App
    from game.ui.scenes.flow import start_scenes

    app = App(size)
    app.kit.settings.text_scale = scale
    app.resize(size)
    app.director = start_scenes(app, None, None, None)
    app.tick(0.016)
    day = open_first_day(app)
    buys = [k for k in focus_keys(app) if k.startswith("buy ")][:2]
    for key in buys:  # two different things: the same line twice is shown once
        focus_on(app, key)
        press(app, pygame.K_RETURN, frames=3)  # the action, the left panel, then the list
    return app, day


def _visible_buttons(day: DayScene) -> list[pygame.Rect]:
    """The parts of the phone's card buttons the list shows."""
    box = day.phone_box
    assert box is not None
    view = box.get_abs_rect()
    cards = day.phones[day.phone_tab].items()
    rects = [e.get_abs_rect().clip(view) for _, e, _, _ in cards if e.visible]
    return [r for r in rects if r.width and r.height]


@pytest.mark.parametrize("size", [(1024, 600), (1600, 900)])
@pytest.mark.parametrize("scale", [100, 150, 200])
def test_no_toast_covers_a_button_the_phone_s_list_shows(sesame, size, scale) -> None:
    _, day = _two_purchases(size, scale)
    boxes = day.toast_boxes()
    assert boxes and _visible_buttons(day)
    covered = [(b, t) for b in _visible_buttons(day) for t in boxes if b.colliderect(t)]
    assert not covered
    box = day.phone_box
    assert box is not None and all(t.top >= box.get_abs_rect().bottom for t in boxes)


def test_two_toasts_show_where_they_take_a_quarter_of_the_list_or_less(sesame) -> None:
    _, day = _two_purchases((1600, 900), 200)
    assert len(day.toast_boxes()) == 2


def test_large_text_on_a_small_screen_keeps_one_toast_so_the_list_keeps_most_of_its_room(
    sesame,
) -> None:
    _, day = _two_purchases((1024, 600), 200)
    boxes, box = day.toast_boxes(), day.phone_box
    assert len(boxes) == 1 and box is not None
    full = day.phone_rect.inflate(-28, -28).bottom - box.get_abs_rect().top
    assert box.get_abs_rect().height >= full * 3 // 4


def test_once_the_toasts_are_gone_the_list_reaches_the_foot_of_the_phone_again(sesame) -> None:
    app, day = _two_purchases((1024, 600), 100)
    box = day.phone_box
    assert box is not None
    short = box.get_abs_rect().bottom
    for _ in range(300):  # a toast lasts a few seconds
        app.tick(0.016)
    assert not day.toasts
    assert box.get_abs_rect().bottom > short
    assert box.get_abs_rect().bottom == day.phone_rect.inflate(-28, -28).bottom
