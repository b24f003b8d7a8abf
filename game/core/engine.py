"""The engine: `new_world` and the pure `step(world, action) -> (world, events)`."""

from collections.abc import Callable
from typing import Any

import numpy as np
from numpy.random.bit_generator import ISeedSequence
from numpy.typing import NDArray

from game.core import events as ev
from game.core.actions import Action
from game.core.day_cycle import evening, morning
from game.core.goals import check_goals
from game.core.level import Level
from game.core.offers import refusal
from game.core.scoring import refresh
from game.core.verbs import VERBS
from game.core.world import Draft, World


def new_world(level: Level, seed: int) -> tuple[World, list[ev.Event]]:
    """The first morning of a level; all later randomness comes from this seed."""
    spec = level.spec
    rng = np.random.default_rng(seed)
    world = World(
        level=level,
        seed=seed,
        rng_state=rng.bit_generator.state,
        money=spec.player.money,
        score=spec.score.start,
        friends=frozenset(c.id for c in spec.characters if c.friend),
        char_scores=tuple(float(c.score) for c in spec.characters),
        in_scheme=frozenset(c.id for c in spec.characters if c.in_scheme),
        enabled_rules=frozenset(r.id for r in spec.rules if r.enabled),
    )
    draft = Draft(world)
    out: list[ev.Event] = []
    refresh(draft, out)
    out.clear()  # the starting tier and perks are the premise, not news
    _with_rng(draft, lambda r: morning(draft, out, r))
    return draft.freeze(), out


def step(world: World, action: Action) -> tuple[World, list[ev.Event]]:
    """Apply one action. Impossible actions come back as ActionRefused, never as exceptions.

    The refusal is `offers.refusal`, so what the phone shows and what the engine says agree.
    """
    reason = refusal(world, action)
    if reason:
        return world, [ev.ActionRefused(world.day, str(action), reason)]
    draft = Draft(world)
    out: list[ev.Event] = []
    if action.verb == "end_day":
        _with_rng(draft, lambda r: evening(draft, out, r))
        return draft.freeze(), out
    verb = VERBS[action.verb]
    verb.apply(draft, out, action)
    if not verb.free:
        draft.actions_left -= 1
        draft.actions_today += 1
    check_goals(draft, out)
    return draft.freeze(), out


class _Overwritten(ISeedSequence):
    """The seed of a generator whose state is set at once from the world: any fixed words do
    (an unseeded PCG64 would read OS entropy, and a SeedSequence costs more to derive them
    than the rest of the evening's draws)."""

    def generate_state(self, n_words: int, dtype: Any = np.uint32) -> NDArray[np.uint32]:
        return np.zeros(n_words, dtype)


_SEED = _Overwritten()


def _with_rng(draft: Draft, body: Callable[[np.random.Generator], None]) -> None:
    """Run `body` with the world's generator and keep the advanced state (purity of step)."""
    rng = np.random.Generator(np.random.PCG64(_SEED))  # type: ignore[arg-type]  # stub omits it
    rng.bit_generator.state = draft.rng_state
    body(rng)
    draft.rng_state = rng.bit_generator.state
