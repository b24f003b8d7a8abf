"""The projector's first slide says "Read first: N notes ..." before "Press the right arrow
or Space to begin", not after it: last, it read as an afterthought to a teacher who had
already begun."""

from __future__ import annotations

import pygame

from game.classroom.code import make_code
from game.classroom.files import results_dir, write_results
from game.classroom.levels import shipped_levels
from tests.classroom.conftest import bot_results
from tests.classroom.projector import Recording
from tests.ui.drive import FRAME, show_kept_class


def test_the_note_to_read_first_comes_before_the_line_that_says_how_to_begin() -> None:
    from game.ui.app import App
    from game.ui.scenes.flow import start_scenes

    sesame = next(lv for lv in shipped_levels() if lv.id == "sesame_garden")
    code = make_code(sesame.id, sesame.content_hash, 7)
    for student in range(3):
        write_results(bot_results(sesame, code, student))
    (results_dir() / "cut-short.json").write_text('{"version": 4, "nick', encoding="utf-8")
    app = App((1024, 600))
    try:
        app.director = start_scenes(app, None, None, None)
        app.tick(FRAME)
        show_kept_class(app)
        assert app.top.name == "class_debrief" and app.top.notes == 1
        app.kit.text = recording = Recording()
        app.tick(FRAME)
        drawn = recording.drawn
        note = next(i for i, t in enumerate(drawn) if t.startswith("Read first: 1 note"))
        begin = next(i for i, t in enumerate(drawn) if t.startswith("Press the right arrow"))
        assert note < begin, drawn
    finally:
        pygame.quit()
