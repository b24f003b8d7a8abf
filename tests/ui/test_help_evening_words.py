"""Help does not promise that every evening says why the score moved: some places never
tell (Citizen Score 2020's evenings say so). It says the debrief after the last day does."""

from __future__ import annotations

import html
import re

import pygame

from tests.ui.drive import day_one, press


def test_help_says_the_evening_tells_what_changed_and_the_debrief_tells_why(game_app):
    day_one(game_app, "citizen_score_2020")
    press(game_app, pygame.K_F1, frames=3)
    assert game_app.top.name == "help"
    body = re.sub(r"<[^>]*>", "", html.unescape(game_app.top.body()))
    assert (
        "in the evening you see what changed, and after the last day the debrief shows why." in body
    )
