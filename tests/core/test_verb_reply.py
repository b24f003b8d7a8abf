"""reply: a character's message offers two or three replies; each changes the world its own
way, and the character reacts on a later morning; the same choices replay the same story."""

from pathlib import Path

import pytest

from game.core import events as ev
from game.core.actions import END_DAY, Action
from game.core.content.loader import load_level
from game.core.engine import new_world, step
from game.core.offers import offers

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "levels" / "all_features.yaml"
ANCHOR = "    replies: [Thanks for writing., Still here.]\n"
TALKS = """    talks:
      - id: be_honest
        day: 2
        text: "Be honest: does being my friend cost you points?"
        mood: worried
        replies:
          - id: honest_no
            label: "No. You're my friend."
            reaction: {after_days: 1, text: Thank you. I needed that., mood: happy}
          - id: honest_yes
            label: A little, yes.
            effects: {set_flags: [told_wei]}
            reaction: {after_days: 2, text: I stopped posting. Happy now?, mood: angry}
      - id: after_the_cut
        if: {not_friend: wei}
        text: You cut me off. After everything?
        mood: angry
        replies:
          - {id: cut_sorry, label: I'm sorry.}
          - {id: cut_score, label: My score needed it.}
"""


@pytest.fixture(scope="module")
def level(tmp_path_factory):
    text = FIXTURE.read_text(encoding="utf-8")
    assert ANCHOR in text
    path = tmp_path_factory.mktemp("talks") / "talks.yaml"
    path.write_text(text.replace(ANCHOR, ANCHOR + TALKS), encoding="utf-8")
    result = load_level(path)
    assert result.ok, [p.format() for p in result.problems]
    return result.level


def _to_day(world, day):
    events = []
    while world.day < day:
        world, out = step(world, END_DAY)
        events += out
    return world, events


def test_a_message_arrives_on_its_day_with_its_replies_offered(level):
    world, _ = new_world(level, 1)
    assert world.open_talks == ()
    world, events = _to_day(world, 2)
    assert ev.TalkStarted(2, "be_honest", "wei") in events
    replies = [o.action for o in offers(world) if o.action.verb == "reply"]
    assert replies == [
        Action("reply", "be_honest", "honest_no"),
        Action("reply", "be_honest", "honest_yes"),
    ]


def test_a_reply_applies_its_effects_and_closes_the_message(level):
    world, _ = _to_day(new_world(level, 1)[0], 2)
    world, events = step(world, Action("reply", "be_honest", "honest_yes"))
    assert "told_wei" in world.flags and world.open_talks == ()
    assert world.talk_replies == {"be_honest": "honest_yes"}
    assert ev.TalkReplied(2, "be_honest", "honest_yes", "wei") in events


def test_replying_costs_no_action(level):
    world, _ = _to_day(new_world(level, 1)[0], 2)
    after, _ = step(world, Action("reply", "be_honest", "honest_no"))
    assert after.actions_left == world.actions_left


def test_a_message_can_be_answered_once(level):
    world, _ = _to_day(new_world(level, 1)[0], 2)
    world, _ = step(world, Action("reply", "be_honest", "honest_no"))
    again, events = step(world, Action("reply", "be_honest", "honest_yes"))
    assert isinstance(events[0], ev.ActionRefused) and again is world


def test_the_character_reacts_on_the_morning_the_reply_chose(level):
    world, _ = _to_day(new_world(level, 1)[0], 2)
    world, _ = step(world, Action("reply", "be_honest", "honest_yes"))
    world, day3 = _to_day(world, 3)
    assert not any(isinstance(e, ev.CharacterReacted) for e in day3)
    world, day4 = _to_day(world, 4)
    assert ev.CharacterReacted(4, "wei", "I stopped posting. Happy now?", "angry") in day4


def test_cutting_a_friend_brings_their_message_the_next_morning(level):
    world, _ = new_world(level, 1)
    world, _ = step(world, Action("unfriend", "wei"))
    assert "after_the_cut" not in world.open_talks
    world, events = step(world, END_DAY)
    assert ev.TalkStarted(2, "after_the_cut", "wei") in events


def test_the_same_replies_replay_the_same_story(level):
    def play():
        world, events = new_world(level, 7)
        for action in (END_DAY, Action("reply", "be_honest", "honest_no"), END_DAY, END_DAY):
            world, out = step(world, action)
            events += out
        return [ev.describe(e) for e in events]

    story = play()
    assert story == play()
    assert any("Thank you. I needed that." in line for line in story)


def test_a_reply_that_points_at_an_unknown_restriction_is_refused_by_the_loader(tmp_path):
    text = FIXTURE.read_text(encoding="utf-8").replace(
        ANCHOR, ANCHOR + TALKS.replace("set_flags: [told_wei]", "restrict: [no_such_thing]")
    )
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    problems = [p.format() for p in load_level(path).problems]
    assert any("unknown restriction 'no_such_thing'" in p for p in problems), problems
