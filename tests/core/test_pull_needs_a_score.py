"""A friend not in the scheme has no score to pull the player's with: the phone shows them as
"not in the scheme", so the evening's friend pull and the "pulling your score down" list
leave them out until they join."""

from dataclasses import replace
from pathlib import Path

from game.core.content.loader import load_level
from game.core.engine import new_world
from game.core.network import pulled_by, pulling_down
from game.core.rules.friend_pull import FriendPullRule

LEVEL = Path(__file__).parents[2] / "levels" / "citizen_score_2020.yaml"


def _world_and_pull():
    level = load_level(LEVEL).level
    assert level is not None
    world, _ = new_world(level, 1)
    rule = next(r for r in level.spec.rules if isinstance(r, FriendPullRule))
    return world, rule, [c.id for c in level.spec.characters].index("wei")


def test_a_friend_not_in_the_scheme_is_not_counted_by_the_friend_pull() -> None:
    world, rule, wei = _world_and_pull()
    assert "wei" in world.friends and "wei" not in world.in_scheme
    assert pulled_by(world, rule)[wei] is False


def test_a_friend_who_joined_the_scheme_is_counted_by_the_friend_pull() -> None:
    world, rule, wei = _world_and_pull()
    joined = replace(world, in_scheme=world.in_scheme | {"wei"})
    assert pulled_by(joined, rule)[wei] is True


def test_the_list_of_who_pulls_the_score_down_leaves_out_those_without_a_score() -> None:
    world, rule, _ = _world_and_pull()
    enabled = world.enabled_rules | {rule.id}
    above_all = replace(world, score=round(max(world.char_scores)) + 50, enabled_rules=enabled)
    assert "below yours" not in dict(pulling_down(above_all)).get("wei", "")
