"""A projector debrief made from a stick with a file cut short still tells the teacher that
a file was left out: otherwise that student's game silently goes missing from the count."""

from __future__ import annotations

import pygame

from game.classroom.files import write_results
from tests.classroom.projector import Recording


def test_the_first_slide_says_a_file_was_left_out(tmp_path, class_results):
    from game.ui.app import App
    from game.ui.scenes.class_debrief import ClassSourceScene
    from game.ui.scenes.flow import Director

    for r in class_results:
        write_results(r, tmp_path / f"{r.nickname}.json")
    (tmp_path / "cut-short.json").write_text('{"kind": "citizen-score-results", ', "utf-8")
    app = App()
    try:
        app.kit.text = Recording()
        app.replace(ClassSourceScene(app.kit, app, Director(app), str(tmp_path)))
        app.tick(0.016)
        app.top.show()
        app.tick(0.016)
        app.tick(0.016)
        assert app.top.name == "class_debrief"
        drawn = " ".join(app.kit.text.drawn)
        assert "left out" in drawn or "skipped" in drawn
    finally:
        pygame.quit()
