"""The List tells one story whatever the player does: once the debt is paid, nothing in the
days after speaks as if it were still owed."""

from game.core.actions import END_DAY, Action
from game.core.content.loader import load_level
from game.core.engine import new_world, step
from game.paths import shipped

THE_LIST = load_level(shipped("levels") / "the_list.yaml").level


def _next_morning(*actions: Action) -> str:
    world, _ = new_world(THE_LIST, 1)
    for action in actions:
        world, _ = step(world, action)
    _, events = step(world, END_DAY)
    return str(events)


def test_a_debt_paid_on_day_one_brings_no_spending_order_the_next_morning():
    assert "luxuries" not in _next_morning(Action("apply", "pay_full"))


def test_a_debt_still_owed_brings_the_spending_order_the_next_morning():
    assert "luxuries" in _next_morning()


def test_no_feed_post_of_mrs_fang_says_she_is_still_waiting():
    fang = [p.text for p in THE_LIST.spec.feed if p.author == "fang"]
    assert fang and not any("still waiting" in text.lower() for text in fang)
