"""An evening that brings a restriction says it falls on the player ("Restriction: No public
office or state jobs." read like news about someone else, or a new law for everyone)."""

from __future__ import annotations

import html
import re

import pygame

from tests.ui.drive import end_the_day, press, start_level


def test_an_evening_says_a_new_restriction_is_on_the_player(game_app):
    start_level(game_app, "citizen_score_2020")
    press(game_app, pygame.K_RETURN)  # Start day 1
    told: list[str] = []
    for _ in range(40):
        if game_app.top.name == "prompt":
            press(game_app, pygame.K_RETURN)
        elif game_app.top.name == "evening":
            lines = re.sub(r"<[^>]*>", "", game_app.top.body().replace("<br>", "\n"))
            told = [ln for ln in html.unescape(lines).split("\n") if "estriction" in ln]
            if told:
                break
            press(game_app, pygame.K_RETURN)
        else:
            end_the_day(game_app)
    assert told, "no evening in this run brought a restriction"
    assert all(line.startswith("Restriction on you: ") for line in told), told
