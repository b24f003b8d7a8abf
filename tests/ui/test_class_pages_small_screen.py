"""The class pages on the smallest window the game supports (1024x600) with text at 200%:
what lies below the window (a student's kept results and the button that saves a copy; the
projector's Show and Back under a list of problems) can be scrolled to, and tabbing to a
button brings it into view."""

from __future__ import annotations

import pygame

from game.classroom.code import make_code
from game.classroom.files import write_results
from game.classroom.levels import shipped_levels
from game.ui.store import Settings
from tests.classroom.conftest import bot_results
from tests.ui.drive import FRAME, focus_on, press

SAVE = "Save a copy of the newest to..."


def test_the_button_that_saves_a_kept_file_comes_into_view_when_tabbed_to():
    from game.ui.app import App
    from game.ui.scenes.flow import start_scenes

    sesame = next(lv for lv in shipped_levels() if lv.id == "sesame_garden")
    code = make_code(sesame.id, sesame.content_hash, 7)
    write_results(bot_results(sesame, code, 0))
    app = App((1024, 600), Settings(text_scale=200))
    try:
        app.director = start_scenes(app, None, None, None)
        app.tick(FRAME)
        focus_on(app, "Join a class")
        press(app, pygame.K_RETURN)
        assert app.top.name == "join"
        press(app, pygame.K_TAB)  # code box to nickname box
        press(app, pygame.K_TAB)  # nickname box to the buttons
        focus_on(app, SAVE)
        app.tick(FRAME)
        save = next(e for k, e, _ in app.top.focus.items if k == SAVE)
        window = app.screen.get_rect()
        assert window.contains(save.get_abs_rect()), (save.get_abs_rect(), window)
    finally:
        pygame.quit()


def test_the_class_debrief_buttons_come_into_view_under_many_problems(tmp_path):
    from game.ui.app import App
    from game.ui.scenes.class_debrief import ClassSourceScene
    from game.ui.scenes.flow import Director

    missing = " ; ".join(str(tmp_path / f"stick-{n}") for n in range(4))
    app = App((1024, 600), Settings(text_scale=200))
    try:
        app.replace(ClassSourceScene(app.kit, app, Director(app), missing))
        app.tick(FRAME)
        app.top.show()
        app.tick(FRAME)
        assert app.top.name == "class_source" and len(app.top.problems) == 4
        window = app.screen.get_rect()
        for key in ("Show", "Back"):
            focus_on(app, key)
            app.tick(FRAME)
            found = next(e for k, e, _ in app.top.focus.items if k == key)
            assert window.contains(found.get_abs_rect()), (key, found.get_abs_rect())
    finally:
        pygame.quit()
