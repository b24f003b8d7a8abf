"""The class report page and the projector's class debrief model the same town: the model can
tip one way or the other with its size and seed, so two towns could tell two stories."""

import numpy as np
import pygame

from game.classroom.levels import shipped_levels
from game.cli.class_cmd import class_town
from game.ui.store import Settings
from tests.ui.drive import press
from tests.ui.test_class_projector_large_text import open_class_debrief
from tests.ui.test_projector_debrief import finish_the_town


def test_the_report_page_models_the_same_town_as_the_projector():
    app = open_class_debrief((1280, 800), Settings(), 3)
    try:
        while app.top.step.kind != "society":
            press(app, pygame.K_RIGHT, frames=1)
        finish_the_town(app)
        shown = app.top.society.result
    finally:
        pygame.quit()
    sesame = next(lv for lv in shipped_levels() if lv.id == "sesame_garden")
    page = class_town(sesame)
    assert (page.citizens, page.seed) == (shown.citizens, shown.seed)
    assert np.array_equal(page.percentiles, shown.percentiles)
