"""A bulletin is labelled with its evidence only when the level gives it one: an unlabelled
bulletin is the level's story and reads as plain news, a labelled one keeps its label."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pygame

from game.core import events as ev
from game.core.actions import END_DAY
from game.core.content.loader import load_level
from game.ui import present
from game.ui.play import PlaySession
from tests.ui.drive import press, start_level

if TYPE_CHECKING:
    from game.ui.app import App

LEVELS = Path(__file__).parents[2] / "levels"


def _first_day_news(app: App, level_id: str) -> list[str]:
    start_level(app, level_id)
    while app.top.name != "day":
        press(app, pygame.K_ESCAPE if app.top.name == "prompt" else pygame.K_RETURN)
    return list(app.top.log)


def test_an_unlabelled_story_bulletin_reads_as_plain_news_with_no_label(game_app: App) -> None:
    news = _first_day_news(game_app, "sesame_garden")
    welcome = next(line for line in news if line.startswith("Welcome!"))
    assert welcome.endswith("why the number moved.")
    assert not any("(Game abstraction)" in line for line in news)


def test_a_bulletin_labelled_in_its_level_keeps_its_label(game_app: App) -> None:
    news = _first_day_news(game_app, "nosedive")
    morning = next(line for line in news if line.startswith("Good morning"))
    assert morning.endswith("(Fiction)")


def test_a_bulletin_labelled_game_still_says_it_is_a_game_abstraction() -> None:
    level = load_level(LEVELS / "gig_street.yaml").level
    session = PlaySession.start(level, 1, [END_DAY] * 5)
    (shown,) = [e for e in session.of_type(ev.BulletinShown) if e.event_id == "rule_change"]
    assert present.event_line(level, shown).endswith("(Game abstraction)")
