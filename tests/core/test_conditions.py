"""Every condition key a designer can write has a check, and checks read the world."""

from dataclasses import replace

from game.core.actions import Action
from game.core.conditions import CHECKS, READS, holds
from game.core.engine import new_world, step
from game.core.spec.conditions import Condition
from game.core.world import World


def test_every_condition_field_has_a_check():
    assert set(CHECKS) == set(Condition.model_fields)


def test_an_empty_condition_always_holds(all_features):
    assert holds(Condition(), new_world(all_features, 1)[0])


def test_all_keys_of_a_condition_must_hold(all_features):
    world = replace(new_world(all_features, 1)[0], score=600, flags=frozenset({"x"}))
    assert holds(Condition(score_at_least=600, flag="x"), world)
    assert not holds(Condition(score_at_least=600, flag="y"), world)


def test_friends_mean_is_false_without_friends(all_features):
    world = replace(new_world(all_features, 1)[0], friends=frozenset())
    assert not holds(Condition(friends_mean_below=10_000), world)


def test_helped_holds_once_the_player_lent_money(all_features):
    world = new_world(all_features, 1)[0]
    assert not holds(Condition(helped="wei"), world)
    assert holds(Condition(helped="wei"), replace(world, helped=frozenset({"wei"})))


def test_every_check_names_the_world_fields_it_reads():
    assert set(READS) == set(CHECKS)
    assert {f for fields in READS.values() for f in fields} <= set(World.__dataclass_fields__)


def test_unfriended_holds_from_the_player_cutting_a_friend_even_after_befriending_again(
    all_features,
):
    world = new_world(all_features, 1)[0]
    friend = sorted(world.friends)[0]
    assert holds(Condition(not_unfriended=friend), world)
    world, _ = step(world, Action("unfriend", friend))
    assert holds(Condition(unfriended=friend), world)
    world = replace(world, friends=world.friends | {friend})
    assert holds(Condition(unfriended=friend), world)
    assert not holds(Condition(not_unfriended=friend), world)


def test_a_friend_dropping_the_player_is_not_the_player_unfriending_them(all_features):
    world = new_world(all_features, 1)[0]
    friend = sorted(world.friends)[0]
    world = replace(world, friends=world.friends - {friend})
    assert holds(Condition(not_friend=friend, not_unfriended=friend), world)
