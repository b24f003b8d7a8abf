"""A character joining the scheme is news the player hears exactly once."""

import re

import pytest

from game.core import events as ev
from game.core.content.loader import load_level
from game.core.engine import new_world, step
from game.core.level import Level
from game.core.offers import allowed
from game.paths import level_files
from game.sim.bots import chooser_for, strategy_names
from game.sim.runner import bot_rng
from tests.core.play import play

MAX_STEPS = 400


def _times_told(level: Level, cid: str, events: list[ev.Event]) -> int:
    """How often a step's events tell of this join: the bulletin of each event whose effects
    made them join, and each notice that names them with a join."""
    name = level.characters[cid].name
    joiners = {e.id: {c.id for c in e.effects.characters if c.joins} for e in level.spec.events
               if e.effects}  # fmt: skip
    bulletins = [e for e in events if isinstance(e, ev.BulletinShown)
                 and cid in joiners.get(e.event_id, ())]  # fmt: skip
    notices = [e for e in events if isinstance(e, ev.Notice)
               and re.search(rf"\b{re.escape(name)}\b.*\bjoin", e.text, re.I)]  # fmt: skip
    return len(bulletins) + len(notices)


def _join_announcements(level: Level, strategy: str, seed: int) -> list[tuple[str, int]]:
    """(character, times announced) for every join in one bot's run."""
    choose = chooser_for(level, strategy)
    assert choose is not None
    world, _ = new_world(level, seed)
    rng, found = bot_rng(seed), []
    for _ in range(MAX_STEPS):
        if world.ended:
            break
        before = world.in_scheme
        world, events = step(world, choose(world, allowed(world), rng))
        for cid in sorted(world.in_scheme - before):
            found.append((cid, _times_told(level, cid, list(events))))
    return found


@pytest.fixture(scope="module", params=level_files(), ids=[p.stem for p in level_files()])
def level(request):
    result = load_level(request.param)
    assert result.ok, [p.format() for p in result.problems]
    return result.level


def test_every_join_in_a_shipped_level_is_announced_once(level):
    for strategy in strategy_names(level):
        for cid, times in _join_announcements(level, strategy, seed=1):
            assert times == 1, (
                f"{level.spec.meta.id}: {cid} joined, told {times} times ({strategy})"
            )


def test_a_join_with_no_words_of_its_own_gets_the_engines_notice(all_features):
    _, events = play(all_features, "end_day", "end_day")
    notices = [e.text for e in events if isinstance(e, ev.Notice) and "joined" in e.text]
    assert notices == ["Mum joined the scheme."]
