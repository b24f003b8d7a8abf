"""Bots judge actions by the rules that could fire now, as the engine would."""

from dataclasses import replace

from game.core.actions import Action
from game.core.engine import new_world
from game.sim.bots import static_delta


def test_a_rule_past_its_daily_limit_is_worth_nothing_to_a_bot(all_features):
    world = new_world(all_features, 1)[0]
    assert static_delta(world, Action("post", "praise")) == 10
    spent = replace(world, fires_today={"praise_up": 1})
    assert static_delta(spent, Action("post", "praise")) == 0


def test_a_disabled_rule_is_worth_nothing_to_a_bot(all_features):
    world = new_world(all_features, 1)[0]
    assert static_delta(world, Action("post", "criticise")) == 0
    enabled = replace(world, enabled_rules=world.enabled_rules | {"critical_down"})
    assert static_delta(enabled, Action("post", "criticise")) == -50
