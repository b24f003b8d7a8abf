"""Play whole levels headless: one episode, or many seeds for a strategy."""

from dataclasses import dataclass

import numpy as np

from game.core import events as ev
from game.core.actions import END_DAY, Action
from game.core.engine import new_world, step
from game.core.level import Level
from game.core.offers import allowed
from game.core.outcome import Outcome, OutcomeBuilder
from game.core.world import World
from game.sim.bots import Chooser

MAX_TRIES_PER_DAY = 40


@dataclass(frozen=True)
class Episode:
    """One played level: what was done, what happened, where it ended, what it reached."""

    seed: int
    actions: tuple[Action, ...]
    events: tuple[ev.Event, ...]
    world: World
    outcome: Outcome


def bot_rng(seed: int) -> np.random.Generator:
    """Bots draw from their own stream so a replay of actions alone gives the same events."""
    return np.random.default_rng([seed, 0xB07])


def run_episode(
    level: Level,
    choose: Chooser,
    seed: int,
    until_day: int | None = None,
    bot_seed: int | None = None,
) -> Episode:
    """Play a level to its end with a bot choosing among the allowed offers; with
    `until_day`, stop on the morning of that day (a designer's warp). `bot_seed` (default:
    the level seed) lets many bots play the same scenario differently."""
    world, events = new_world(level, seed)
    builder = OutcomeBuilder(world)
    builder.begin(events)
    rng = bot_rng(seed if bot_seed is None else bot_seed)
    taken: list[Action] = []
    all_events = list(events)
    tries = 0
    while not world.ended and (until_day is None or world.day < until_day):
        tries += 1
        action = choose(world, allowed(world), rng) if tries < MAX_TRIES_PER_DAY else END_DAY
        world, events = step(world, action)
        builder.add(action, world, events)
        taken.append(action)
        all_events.extend(events)
        if action is END_DAY or action == END_DAY:  # bots hand back the offer's own object
            tries = 0
    return Episode(seed, tuple(taken), tuple(all_events), world, builder.build())
