"""The shipped levels answer their dead moments with conversations: a friend asks to be told
the truth, and cutting a friend brings a message and a reaction on a later morning. Every
shipped conversation is checked to arrive and every reply to change the world."""

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


def cut(character):
    """Cut a friend on day 1 and end the day: their message comes the next morning."""
    return (Action("unfriend", character), END_DAY)


def wait(days):
    return (END_DAY,) * days


def stalls(days):
    """A street stall each day in Suining: -30 points a day."""
    return (Action("apply", "market_stall"), END_DAY) * days


SUINING = Action("answer", "home", "suining")
NO_CONSENT = Action("answer", "home", "rongcheng_no")
ARRIVALS = [
    # level, talk, character, the morning it arrives, what the player does before it
    ("model_city", "tao_points_school", "tao", 6, wait(5)),
    ("model_city", "ma_in_paper", "lao_ma", 8, wait(7)),
    ("model_city", "ma_cut", "lao_ma", 2, cut("lao_ma")),
    ("model_city", "qian_cut", "auntie_qian", 2, (SUINING, *cut("auntie_qian"))),
    ("model_city", "qian_no_score", "auntie_qian", 2, (NO_CONSENT, END_DAY)),
    ("model_city", "qian_dropped_you", "auntie_qian", 4, (SUINING, *stalls(3))),
    ("the_list", "hu_cut", "hu", 2, cut("hu")),
    ("the_list", "chen_cut", "chen", 2, cut("chen")),
    ("the_list", "chen_dropped_you", "chen", 5, wait(4)),
    ("the_list", "mum_heard", "mum", 5, wait(4)),
    ("my_wallet", "lea_cut", "lea", 2, cut("lea")),
    ("my_wallet", "omar_cut", "omar", 2, cut("omar")),
    ("my_wallet", "irene_pension", "irene", 4, wait(3)),
    ("nosedive", "kit_cut", "kit", 2, cut("kit")),
    ("nosedive", "mina_cut", "mina", 2, cut("mina")),
    ("nosedive", "mum_two_stars", "mum", 5, wait(4)),
    ("fico_country", "kayla_cards_ask", "kayla", 6, wait(5)),
    ("fico_country", "kayla_cut", "kayla", 2, cut("kayla")),
    ("fico_country", "marcus_cut", "marcus", 2, cut("marcus")),
    ("gig_street", "dee_appeal", "dee", 7, wait(6)),
    ("gig_street", "dee_cut", "dee", 2, cut("dee")),
    ("gig_street", "jess_cut", "jess", 2, cut("jess")),
    ("gig_street", "marco_cut", "marco", 2, cut("marco")),
    ("red_list_black_list", "liu_wage_question", "liu", 4, wait(3)),
    ("red_list_black_list", "peng_cut", "peng", 2, cut("peng")),
    ("red_list_black_list", "liu_cut", "liu", 2, cut("liu")),
    ("red_list_black_list", "mei_cut", "mei", 2, cut("mei")),
]
LOADED: dict = {}


def _shipped(name):
    """Each level loaded once for the whole module."""
    if name not in LOADED:
        LOADED[name] = _level(name)
    return LOADED[name]


@pytest.mark.parametrize(
    ("name", "talk", "character", "day", "before"), ARRIVALS, ids=[a[1] for a in ARRIVALS]
)
def test_each_conversation_arrives_on_its_morning(name, talk, character, day, before):
    _, events = _play(new_world(_shipped(name), 1)[0], before)
    assert ev.TalkStarted(day, talk, character) in events


@pytest.mark.parametrize(
    ("name", "talk", "character", "day", "before"), ARRIVALS, ids=[a[1] for a in ARRIVALS]
)
def test_each_reply_sets_its_flags_and_brings_the_reaction_on_time(
    name, talk, character, day, before
):
    level = _shipped(name)
    opened, _ = _play(new_world(level, 1)[0], before)
    assert talk in opened.open_talks
    for reply in level.talks[talk][1].replies:
        world, events = _play(opened, [Action("reply", talk, reply.id)])
        assert talk not in world.open_talks
        assert ev.TalkReplied(day, talk, reply.id, character) in events
        assert set(reply.effects.set_flags if reply.effects else ()) <= world.flags
        after = reply.reaction.after_days
        _, later = _play(world, [END_DAY] * after)
        reacted = [e for e in later if isinstance(e, ev.CharacterReacted)]
        assert (day + after, character, reply.reaction.text) in [
            (e.day, e.character, e.text) for e in reacted
        ]


def test_mina_drops_a_player_whose_rating_fell_below_hers_and_says_sorry():
    from game.sim.bots import BUILT_IN
    from game.sim.runner import run_episode

    nosedive = _shipped("nosedive")
    episode = run_episode(nosedive, BUILT_IN["random"], 0)
    world = new_world(nosedive, 0)[0]
    for action in episode.actions:
        if "mina_dropped_you" in world.open_talks:
            break
        world, _ = step(world, action)
    assert "mina_dropped_you" in world.open_talks
    assert "mina" not in world.friends and world.score < 330
    world, _ = step(world, Action("reply", "mina_dropped_you", "mina_dropped_ok"))
    assert "forgave_mina" in world.flags


def test_every_shipped_conversation_is_checked_here():
    from game.paths import level_files

    shipped = {t for path in level_files() for t in _shipped(path.stem).talks}
    checked = {a[1] for a in ARRIVALS} | {"xiaoyu_be_honest", "jun_cut", "wei_cut"}
    assert shipped - checked == {"mina_dropped_you"}


def test_a_player_who_refused_consent_is_never_told_their_label_looks_bad():
    """Refusing consent in Rongcheng gives no label: Auntie Qian drops you for saying no."""
    _, events = _play(new_world(_shipped("model_city"), 1)[0], [NO_CONSENT, *wait(4)])
    talks = [e.talk for e in events if isinstance(e, ev.TalkStarted)]
    assert "qian_no_score" in talks and "qian_dropped_you" not in talks
