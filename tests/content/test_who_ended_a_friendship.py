"""A character who drops low scorers and a player who cuts that character are told apart:
the "you unfriended me?" message follows the player's cut, however low the score falls,
and the "I dropped you" one only the character's own drop."""

from dataclasses import replace

import pytest

from game.core import events as ev
from game.core.actions import END_DAY, Action
from game.core.content.loader import load_level
from game.core.engine import new_world, step
from game.paths import shipped

CASES = [
    ("nosedive", "mina", "mina_cut", "mina_dropped_you", 300),
    ("model_city", "auntie_qian", "qian_cut", "qian_dropped_you", 900),
    ("the_list", "chen", "chen_cut", "chen_dropped_you", 0),
]


def _talks(level_id: str, character: str, cut: bool, low: int, days: int = 4) -> list[str]:
    """The ids of the character's messages over a few days, the score set to `low` from the
    first evening on, after the player cut them on day 1 or not."""
    level = load_level(shipped("levels") / f"{level_id}.yaml").level
    world, _ = new_world(level, 1)
    if cut:
        world, _ = step(world, Action("unfriend", character))
    seen: list[str] = []
    for _ in range(days):
        world = replace(world, score=low)
        world, events = step(world, END_DAY)
        seen += [e.talk for e in events if isinstance(e, ev.TalkStarted)]
    talks = {t.id for c in level.spec.characters if c.id == character for t in c.talks}
    return [t for t in seen if t in talks]


@pytest.mark.parametrize(("level", "character", "cut", "dropped", "low"), CASES)
def test_cutting_a_friend_on_a_low_day_brings_their_question_not_their_apology(
    level, character, cut, dropped, low
):
    assert _talks(level, character, cut=True, low=low) == [cut]


@pytest.mark.parametrize(("level", "character", "cut", "dropped", "low"), CASES)
def test_a_friend_dropping_a_low_scorer_says_they_did_it(level, character, cut, dropped, low):
    assert _talks(level, character, cut=False, low=low) == [dropped]
