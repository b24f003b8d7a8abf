"""A choice made once leaves the phone: the other school is no longer offered."""

from pathlib import Path

from game.core.actions import Action
from game.core.content.loader import load_level
from game.core.engine import new_world, step
from game.core.offers import offer_for

THE_LIST = Path("levels/the_list.yaml")


def _world_after(*actions: Action):
    level = load_level(THE_LIST).level
    assert level is not None
    world, _ = new_world(level, 1)
    for action in actions:
        world, _ = step(world, action)
    return world


def test_the_public_school_is_offered_before_any_school_choice():
    assert offer_for(_world_after(), Action("apply", "public_school")) is not None


def test_keeping_lele_at_the_public_school_removes_sunrise_from_the_phone():
    world = _world_after(Action("apply", "public_school"))
    assert "lele_public" in world.flags
    assert offer_for(world, Action("apply", "sunrise_school")) is None
