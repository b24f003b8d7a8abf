"""The projector's modelled town names the number of citizens it models from the first
frame: while it is being built it said 10,000, then 3,000 once built."""

from __future__ import annotations

import pygame

from game.classroom.code import make_code
from game.classroom.files import write_results
from game.classroom.levels import shipped_levels
from game.ui.scenes.class_debrief import SOCIETY_CITIZENS
from game.ui.store import Settings
from tests.classroom.conftest import bot_results
from tests.ui.drive import FRAME, focus_on, press
from tests.ui.test_projector_debrief import Sizes


def test_the_town_being_built_names_the_number_of_citizens_it_models() -> None:
    from game.ui.app import App
    from game.ui.scenes.flow import start_scenes

    sesame = next(lv for lv in shipped_levels() if lv.id == "sesame_garden")
    code = make_code(sesame.id, sesame.content_hash, 7)
    for student in range(3):
        write_results(bot_results(sesame, code, student))
    app = App((1280, 800), Settings())
    app.director = start_scenes(app, None, None, None)
    app.tick(FRAME)
    try:
        focus_on(app, "Class debrief")
        press(app, pygame.K_RETURN)
        press(app, pygame.K_RETURN, frames=3)
        app.kit.text = sizes = Sizes()  # before the town is made: it keeps the text cache
        while app.top.step.kind != "society":
            press(app, pygame.K_RIGHT, frames=1)
        sizes.drawn.clear()
        app.tick(FRAME)
        assert app.top.society is not None and app.top.society.society is None, "already built"
        titles = [text for _, text in sizes.drawn if text.startswith("The same rules over")]
        assert len(titles) == 1
        assert titles[0].startswith(f"The same rules over {SOCIETY_CITIZENS:,} citizens, day 0")
    finally:
        pygame.quit()
