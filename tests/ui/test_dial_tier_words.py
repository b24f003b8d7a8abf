"""A regime that tells the player only their tier (Model City's letter grades) names that tier
in the dial's middle: the dial was an arc round an empty middle with a lone dot, and read as
broken."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.ui.scenes.day import DayScene
from tests.ui.drive import FRAME, day_one, press, start_level

if TYPE_CHECKING:
    from game.ui.app import App


def _middle_is_drawn(image) -> bool:
    """Whether anything is drawn straight above the dial's pivot, inside the arc (where the
    words go; the arc itself is further out and a tiers-only dial has no needle)."""
    width, height = image.get_size()
    r = max(30, min(width // 2 - 30, height - 40))
    cy = r + 24
    return any(image.get_at((width // 2, y)).a > 0 for y in range(cy - r // 2, cy - r // 4))


def test_model_city_s_dial_names_the_player_s_grade_in_its_middle(game_app: App) -> None:
    app = game_app
    start_level(app, "model_city")
    press(app, pygame.K_RETURN)  # Start day 1
    while app.top.name == "prompt":  # scored once they say where they live: as ticked
        press(app, pygame.K_RETURN)
    day = app.top
    assert isinstance(day, DayScene)
    app.tick(FRAME)
    tier = next(t for t in day.session.level.tiers if t.id == day.world.tier)
    assert day.dial.words() is not None and day.dial.words()[0] == tier.label
    assert _middle_is_drawn(day.dial.image)


def test_a_dial_with_a_number_still_reads_the_number(game_app: App) -> None:
    day = day_one(game_app, "gig_street")
    game_app.tick(FRAME)
    assert day.dial.words() == day.dial.caption() and day.dial.words() is not None


def test_model_city_s_dial_says_no_score_before_the_player_says_where_they_live(
    game_app: App,
) -> None:
    day = day_one(game_app, "model_city")
    game_app.tick(FRAME)
    assert "home" in day.world.open_prompts
    assert day.dial.caption() is None and day._tier_markup().endswith("not joined")
