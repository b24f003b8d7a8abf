"""At 200% text on a 1024x600 window nothing runs off the window or over other text: the
title's last row of buttons with a Continue offer, a dialog's title, the debrief's footer."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pygame
import pytest

from tests.ui.drive import end_the_day, focus_keys, focus_on, press

if TYPE_CHECKING:
    from game.ui.app import App

SIZE = (1024, 600)


@pytest.fixture
def big_text(levels_dir) -> Iterator[App]:
    from game.ui.app import App
    from game.ui.scenes.flow import start_scenes
    from game.ui.store import Settings

    application = App(SIZE, Settings(text_scale=200, high_contrast=True))
    application.director = start_scenes(application, None, None, None)
    application.tick(0.016)
    yield application
    pygame.quit()


def _inside(app: App) -> list[str]:
    """The focus keys of buttons not wholly inside the window."""
    window = pygame.Rect((0, 0), SIZE)
    return [k for k, e, _ in app.top.focus.items if not window.contains(e.get_abs_rect())]


def _save_a_day_and_leave(app: App) -> None:
    for _ in range(3):
        press(app, pygame.K_RETURN)  # Play, the level, Start day 1
    while app.top.name == "prompt":
        press(app, pygame.K_RETURN)
    end_the_day(app)
    press(app, pygame.K_RETURN)  # evening: Continue
    press(app, pygame.K_ESCAPE)
    focus_on(app, "Save and leave")
    press(app, pygame.K_RETURN)
    press(app, pygame.K_ESCAPE)  # level select back to the title


def test_the_title_with_a_continue_offer_keeps_every_button_inside_the_window(
    big_text: App,
) -> None:
    _save_a_day_and_leave(big_text)
    assert big_text.top.name == "title"
    assert focus_keys(big_text)[0].startswith("Continue")
    assert _inside(big_text) == []


def test_a_dialog_title_that_wraps_pushes_its_text_down_instead_of_covering_it(
    big_text: App,
) -> None:
    press(big_text, pygame.K_F1)
    help_scene = big_text.top
    assert help_scene.name == "help"
    heading, body = _heading_and_body(help_scene)
    assert heading.bottom <= body.top
    help_scene.title = "Help: playing with the keyboard, the mouse and the phone's five apps"
    help_scene.dirty = True
    big_text.tick(0.016)
    heading, body = _heading_and_body(help_scene)
    assert heading.height > big_text.kit.line  # it wraps
    assert heading.bottom <= body.top


def _heading_and_body(scene) -> tuple[pygame.Rect, pygame.Rect]:
    """The dialog's title and its scrolling text, where they are on screen."""
    panel = next(w for w in scene.widgets if "#dialog" in w.object_ids).get_container()
    inside = panel.elements
    heading = next(e for e in inside if "Help:" in getattr(e, "html_text", ""))
    body = next(e for e in inside if hasattr(e, "get_container"))
    return heading.get_abs_rect(), body.get_abs_rect()


def sesame_debrief_at_200(size: tuple[int, int], monkeypatch: pytest.MonkeyPatch) -> App:
    """Sesame Garden's debrief of a run with no action, with text at 200%."""
    from pathlib import Path

    from game.core.content.loader import load_level
    from game.ui.app import App
    from game.ui.play import PlaySession
    from game.ui.scenes.flow import Director
    from game.ui.store import Settings

    shipped = Path(__file__).parents[2] / "levels"
    monkeypatch.setenv("CITIZEN_SCORE_LEVELS", str(shipped))
    level = load_level(shipped / "sesame_garden.yaml").level
    app = App(size, Settings(text_scale=200))
    app.director = Director(app)
    app.director.debrief(PlaySession.start(level, 1, []))
    app.tick(0.016)
    return app


def test_the_debrief_footer_names_the_level_on_one_line_inside_the_window(
    levels_dir, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = sesame_debrief_at_200(SIZE, monkeypatch)
    try:
        sprites = app.kit.manager.get_sprite_group().sprites()
        note = next(e for e in sprites if "Debrief:" in getattr(e, "html_text", ""))
        assert pygame.Rect((0, 0), SIZE).contains(note.get_abs_rect())
    finally:
        pygame.quit()


def test_the_society_view_s_labels_grow_with_the_player_s_text_size(
    levels_dir, monkeypatch: pytest.MonkeyPatch
) -> None:
    from game.ui.society_view import SMALLEST_TEXT
    from tests.ui.drive import button, click

    app = sesame_debrief_at_200((1920, 1080), monkeypatch)
    try:
        click(app, button(app, "page:society"))
        view = app.top.society_view
        assert view is not None
        assert view._px(SMALLEST_TEXT) >= app.kit.px(SMALLEST_TEXT)
    finally:
        pygame.quit()
