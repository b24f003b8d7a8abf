"""The shipped levels answer their dead moments with conversations: a friend asks to be told
the truth, and cutting a friend brings a message and a reaction on a later morning."""

from pathlib import Path

import pytest

from game.core import events as ev
from game.core.actions import END_DAY, Action
from game.core.content.loader import load_level
from game.core.engine import new_world, step

LEVELS = Path(__file__).resolve().parents[1] / "levels"


def _level(name):
    result = load_level(LEVELS / f"{name}.yaml")
    assert result.ok, [p.format() for p in result.problems]
    return result.level


@pytest.fixture(scope="module")
def sesame():
    return _level("sesame_garden")


@pytest.fixture(scope="module")
def citizen():
    return _level("citizen_score_2020")


def _play(world, actions):
    events = []
    for action in actions:
        world, out = step(world, action)
        events += out
    return world, events


def test_xiaoyu_asks_for_the_truth_on_day_four(sesame):
    _, events = _play(new_world(sesame, 1)[0], [END_DAY] * 3)
    assert ev.TalkStarted(4, "xiaoyu_be_honest", "xiaoyu") in events


def test_telling_xiaoyu_the_truth_brings_her_answer_two_mornings_later(sesame):
    world, _ = _play(new_world(sesame, 1)[0], [END_DAY] * 3)
    world, events = _play(
        world, [Action("reply", "xiaoyu_be_honest", "xiaoyu_truth")] + [END_DAY] * 2
    )
    reactions = [e for e in events if isinstance(e, ev.CharacterReacted)]
    assert [(e.day, e.character) for e in reactions] == [(6, "xiaoyu")]
    assert "told_xiaoyu_truth" in world.flags


def test_cutting_jun_brings_his_message_the_next_morning(sesame):
    _, events = _play(new_world(sesame, 1)[0], [Action("unfriend", "jun"), END_DAY])
    assert ev.TalkStarted(2, "jun_cut", "jun") in events


def test_cutting_wei_brings_his_message_the_next_morning(citizen):
    _, events = _play(new_world(citizen, 1)[0], [Action("unfriend", "wei"), END_DAY])
    assert ev.TalkStarted(2, "wei_cut", "wei") in events


def test_saying_sorry_to_wei_brings_his_answer_the_morning_after(citizen):
    world, _ = _play(new_world(citizen, 1)[0], [Action("unfriend", "wei"), END_DAY])
    _, events = _play(world, [Action("reply", "wei_cut", "wei_cut_sorry"), END_DAY])
    assert any(isinstance(e, ev.CharacterReacted) and e.character == "wei" for e in events)
