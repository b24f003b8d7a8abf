"""The projector's modelled town names the number of citizens it models from the first
frame: while it is being built it said 10,000, then 3,000 once built. The town is built
one piece a frame here (no time budget), so the first frame finds it still being built
however fast the machine is: with the budget, a fast moment built it in one frame."""

from __future__ import annotations

import pygame
import pytest

from game.ui.scenes import class_debrief
from game.ui.scenes.class_debrief import SOCIETY_CITIZENS
from game.ui.store import Settings
from tests.ui.drive import FRAME, press
from tests.ui.test_class_projector_large_text import open_class_debrief
from tests.ui.test_projector_debrief import Sizes


def test_the_town_being_built_names_the_number_of_citizens_it_models(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(class_debrief, "SOCIETY_BUDGET_MS", 0.0)
    app = open_class_debrief((1280, 800), Settings(), 3)
    try:
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
