"""Upcoming deadlines are read from the level and today's state, and vanish once they pass."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from game.core.actions import END_DAY, Action
from game.core.content.loader import load_level
from game.core.engine import new_world, step
from game.core.world import World
from game.ui import present
from game.ui.play import PlaySession

if TYPE_CHECKING:
    from game.ui.app import App

SHIPPED = Path(__file__).parents[2] / "levels"
"""The shipped levels (UI tests point the game at a fixture folder instead)."""
SESAME = SHIPPED / "sesame_garden.yaml"
BILL = "Repay your buy-now-pay-later bill (300): by day 8 (if not: Late repayment recorded)"


def _sesame_on(day: int, *actions: Action) -> World:
    level = load_level(SESAME).level
    world, _ = new_world(level, seed=1)
    while world.day < day:
        world, _ = step(world, END_DAY)
    for action in actions:
        world, _ = step(world, action)
    return world


def test_the_bnpl_bill_shows_its_deadline_from_the_morning_it_is_due():
    world = _sesame_on(6)
    assert BILL in present.deadlines(world.level, world)


def test_the_bnpl_bill_is_not_shown_before_it_is_due():
    world = _sesame_on(5)
    assert BILL not in present.deadlines(world.level, world)


def test_a_repaid_bill_leaves_the_deadlines():
    world = _sesame_on(6, Action("apply", "repay_huabei"))
    assert "bill_paid" in world.flags
    assert BILL not in present.deadlines(world.level, world)


def test_a_missed_bill_leaves_the_deadlines_once_its_day_has_passed():
    world = _sesame_on(9)
    assert BILL not in present.deadlines(world.level, world)


def test_a_goal_with_a_last_day_shows_it_while_open():
    level = load_level(SHIPPED / "model_city.yaml").level
    world, _ = new_world(level, seed=1)
    goal = next(g for g in level.spec.goals if g.id == "warm_home")
    assert f"{goal.label}: by day 8" in present.deadlines(level, world)


def _screen_text(app: App) -> str:
    sprites = app.kit.manager.get_sprite_group().sprites()
    return " ".join(getattr(e, "html_text", "") for e in sprites if e.alive() and e.visible)


def test_the_day_screen_keeps_the_bill_in_view_until_it_is_repaid(app: App) -> None:
    import pygame

    from tests.ui.drive import focus_on, press

    level = load_level(SESAME).level
    session = PlaySession.start(level, 1, [END_DAY] * 5)
    app.director.play(session)
    for _ in range(3):
        app.tick(0.016)
    if app.top.name == "prompt":
        press(app, pygame.K_ESCAPE)
    assert "<b>Coming up</b>" in _screen_text(app) and BILL in _screen_text(app)
    press(app, pygame.K_4, frames=30)  # Services
    focus_on(app, str(Action("apply", "repay_huabei")))
    press(app, pygame.K_RETURN, frames=3)
    assert BILL not in _screen_text(app)


def test_a_goal_whose_label_already_names_its_day_is_not_dated_twice():
    level = load_level(SHIPPED / "the_list.yaml").level
    world, _ = new_world(level, seed=1)
    listed = present.deadlines(level, world)
    assert any("by day 6" in line for line in listed)
    assert not any("by day 6: by day 6" in line for line in listed)


def test_two_deadlines_on_one_bill_each_say_what_they_avoid():
    level = load_level(SHIPPED / "fico_country.yaml").level
    world, _ = new_world(level, seed=1)
    world, _ = step(world, END_DAY)
    full, late = present.deadlines(level, world)
    assert full.endswith(": by day 5 (if not: FICO Score \u221210)")
    assert late.endswith(": by day 6 (if not: 30 days late)")
