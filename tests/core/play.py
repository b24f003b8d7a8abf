"""Helpers to load small levels and play scripted actions in tests."""

from game.core import events as ev
from game.core.actions import Action
from game.core.content.loader import load_level_text
from game.core.engine import new_world, step
from game.core.level import Level
from game.core.world import World
from tests.core.levels import MINIMAL


def level_from(text: str = MINIMAL) -> Level:
    result = load_level_text(text, "t.yaml")
    assert result.ok, [p.format() for p in result.problems]
    return result.level


def play(level: Level, *actions: str, seed: int = 1) -> tuple[World, list[ev.Event]]:
    """Play 'verb target [option]' strings; return the final world and every event."""
    world, events = new_world(level, seed)
    out = list(events)
    for text in actions:
        world, events = step(world, Action(*text.split()))
        out.extend(events)
    return world, out


def of_type(events: list[ev.Event], kind: type) -> list:
    return [e for e in events if isinstance(e, kind)]
