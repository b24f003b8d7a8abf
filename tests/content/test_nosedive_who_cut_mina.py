"""Nosedive tells who ended the friendship with Mina: after Tess cuts her, no later message
says Mina was the one who dropped Tess, however low the rating falls."""

from dataclasses import replace

from game.core import events as ev
from game.core.actions import END_DAY, Action
from game.core.content.loader import load_level
from game.core.engine import new_world, step
from game.paths import shipped

NOSEDIVE = load_level(shipped("levels") / "nosedive.yaml").level


def _talks_from_mina(first_day: list[Action], later_score: int, days: int = 4) -> list[str]:
    """The ids of Mina's messages over a few days, the rating set to `later_score` each
    evening after the first day."""
    world, _ = new_world(NOSEDIVE, 1)
    for action in first_day:
        world, _ = step(world, action)
    world, events = step(world, END_DAY)
    seen = [e for e in events if isinstance(e, ev.TalkStarted)]
    for _ in range(days):
        world = replace(world, score=later_score)
        world, events = step(world, END_DAY)
        seen += [e for e in events if isinstance(e, ev.TalkStarted)]
    return [e.talk for e in seen if e.character == "mina"]


def test_cutting_mina_brings_her_question_why_you_unfriended_her():
    assert "mina_cut" in _talks_from_mina([Action("unfriend", "mina")], later_score=400)


def test_after_tess_cuts_mina_a_fall_below_her_line_never_says_mina_dropped_tess():
    talks = _talks_from_mina([Action("unfriend", "mina")], later_score=300)
    assert "mina_cut" in talks
    assert "mina_dropped_you" not in talks


def test_mina_dropping_a_low_rated_tess_says_she_did_it_and_not_that_tess_did():
    talks = _talks_from_mina([], later_score=300)
    assert talks == ["mina_dropped_you"]


def test_cutting_mina_on_a_day_that_ends_below_her_line_never_says_mina_dropped_tess():
    world, _ = new_world(NOSEDIVE, 1)
    world, _ = step(world, Action("unfriend", "mina"))
    world = replace(world, score=300)
    seen: list[str] = []
    for _ in range(3):
        world, events = step(world, END_DAY)
        seen += [e.talk for e in events if isinstance(e, ev.TalkStarted) and e.character == "mina"]
    assert "mina_dropped_you" not in seen
