"""The projector's modelled town for a --hide-scores class names its tiers without their
ranges, as the game and the report page do: its legend read "Prime (4.50 and up)", the
numbers the class was not shown."""

from __future__ import annotations

import pygame

from game.classroom.code import make_code
from game.classroom.files import write_results
from game.classroom.levels import shipped_levels
from game.ui.store import Settings
from tests.classroom.conftest import bot_results
from tests.classroom.projector import Recording
from tests.ui.drive import FRAME, press, show_kept_class


def _town_texts(hide_scores: bool) -> list[str]:
    from game.ui.app import App
    from game.ui.scenes.flow import start_scenes

    nosedive = next(lv for lv in shipped_levels() if lv.id == "nosedive")
    code = make_code(nosedive.id, nosedive.content_hash, 2, hide_scores)
    for student in range(3):
        write_results(bot_results(nosedive, code, student))
    app = App((1280, 720), Settings())
    try:
        app.director = start_scenes(app, None, None, None)
        app.tick(FRAME)
        show_kept_class(app)
        scene, recording = app.top, Recording()
        while scene.steps[scene.index + 1].kind != "society":
            press(app, pygame.K_RIGHT, frames=1)
        app.kit.text = recording  # the town, built on its step, draws with the kit's text
        press(app, pygame.K_RIGHT, frames=1)
        for _ in range(400):  # until the town is built and its legend drawn
            if scene.society is not None and scene.society.society is not None:
                break
            app.tick(FRAME)
        recording.drawn.clear()
        app.tick(FRAME)
        return recording.drawn
    finally:
        pygame.quit()


def test_a_hidden_score_classs_town_names_its_tiers_without_numbers() -> None:
    drawn = _town_texts(hide_scores=True)
    assert "Prime" in drawn
    assert not any("4.50" in text for text in drawn), drawn


def test_a_class_that_saw_scores_keeps_the_tier_ranges() -> None:
    assert any("4.50" in text for text in _town_texts(hide_scores=False))
