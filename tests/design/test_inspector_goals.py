"""The F12 inspector says which goals are met, failed or still open: the player learns it
only in the debrief, and a designer tuning a goal wants it on the day it happens."""

from pathlib import Path

import pygame

from game.core.content.loader import load_level
from tests.ui.drive import focus_keys, focus_on, press

FIRST_LEVEL = Path(__file__).parent / "first_level.yaml"


def test_the_inspector_names_a_goal_met_today_and_the_goals_still_open():
    from tests.ui.test_inspector import open_day

    app = open_day(load_level(FIRST_LEVEL).level, debug=True)
    focus_on(app, next(k for k in focus_keys(app) if k == "tab:Services"))
    press(app, pygame.K_RETURN)
    focus_on(app, next(k for k in focus_keys(app) if k.endswith("apply hall")))
    press(app, pygame.K_RETURN)
    press(app, pygame.K_F12)
    body = app.top.body()
    pygame.quit()
    assert "<b>Goals:</b> party: met; keep_jun: open" in body
