"""Play whole levels headless: one episode, or many seeds for a strategy."""

from dataclasses import dataclass

import numpy as np

from game.core import events as ev
from game.core.actions import END_DAY, Action
from game.core.choices import available_actions
from game.core.engine import new_world, step
from game.core.level import Level
from game.core.world import World
from game.sim.bots import Chooser

MAX_TRIES_PER_DAY = 40


@dataclass(frozen=True)
class Episode:
    """One played level: what was done, what happened, where it ended."""

    seed: int
    actions: tuple[Action, ...]
    events: tuple[ev.Event, ...]
    world: World


def bot_rng(seed: int) -> np.random.Generator:
    """Bots draw from their own stream so a replay of actions alone gives the same events."""
    return np.random.default_rng([seed, 0xB07])


def run_episode(level: Level, choose: Chooser, seed: int) -> Episode:
    """Play a level to its end with a bot; refused actions are not offered again that day."""
    world, events = new_world(level, seed)
    rng = bot_rng(seed)
    taken: list[Action] = []
    all_events = list(events)
    refused: set[Action] = set()
    tries = 0
    while not world.ended:
        offered = [a for a in available_actions(world) if a not in refused]
        tries += 1
        action = choose(world, offered, rng) if tries < MAX_TRIES_PER_DAY else END_DAY
        world, events = step(world, action)
        taken.append(action)
        all_events.extend(events)
        if events and isinstance(events[0], ev.ActionRefused):
            refused.add(action)
        if action == END_DAY:
            refused.clear()
            tries = 0
    return Episode(seed, tuple(taken), tuple(all_events), world)


def replay(level: Level, seed: int, actions: list[Action]) -> tuple[World, list[ev.Event]]:
    """Re-run recorded actions; the same seed and actions give the same events."""
    world, events = new_world(level, seed)
    out = list(events)
    for action in actions:
        world, events = step(world, action)
        out.extend(events)
    return world, out
