"""Bots judge offers by the rules that could fire now, as the engine would."""

from dataclasses import replace
from pathlib import Path

from game.core.actions import Action
from game.core.content.loader import load_level
from game.core.engine import new_world, step
from game.core.offers import offer_for
from game.core.world import World
from game.sim.bots import static_delta


def _worth(world: World, action: Action) -> int:
    offer = offer_for(world, action)
    assert offer is not None, action
    return static_delta(world, offer)


def test_a_rule_past_its_daily_limit_is_worth_nothing_to_a_bot(all_features):
    world = new_world(all_features, 1)[0]
    assert _worth(world, Action("post", "praise")) == 10
    spent = replace(world, fires_today={"praise_up": 1})
    assert _worth(spent, Action("post", "praise")) == 0


def test_a_disabled_rule_is_worth_nothing_to_a_bot(all_features):
    world = new_world(all_features, 1)[0]
    assert _worth(world, Action("post", "criticise")) == 0
    enabled = replace(world, enabled_rules=world.enabled_rules | {"critical_down"})
    assert _worth(enabled, Action("post", "criticise")) == -50


SHARED_ID = """\
format: 1
meta: {id: shared, title: Shared, setting: Here, year: 2020, summary: Ids shared.,
       objectives: [Explain a score.]}
player: {name: Ana, role: You are Ana., briefing: Scores matter., days: 2, actions_per_day: 3}
score: {min: 0, max: 100, start: 50}
tiers: [{id: low, label: Low, min: 0}]
items: [{id: wei, label: Wei brand tea, price: 1, tags: [luxury]}]
characters:
  - {id: wei, name: Wei, bio: A friend., score: 20, friend: true, tags: [debtor]}
rules:
  - id: cut_debtor
    kind: action
    when: {action: unfriend, tags: [debtor]}
    delta: 25
    reason: Cutting a debtor pleases the system.
    evidence: game
debrief:
  summary: Done.
  society: Nobody trusts anyone.
  invented: All numbers are invented.
  cards: [{title: Tea, reality: Tea is a drink.}]
  questions: ["Who counts?"]
"""


def test_a_bot_values_unfriending_by_the_person_not_an_item_sharing_their_id(tmp_path: Path):
    path = tmp_path / "shared.yaml"
    path.write_text(SHARED_ID)
    level = load_level(path).level
    assert level is not None
    world = new_world(level, 1)[0]
    after, _ = step(world, Action("unfriend", "wei"))
    assert after.score - world.score == 25
    assert _worth(world, Action("unfriend", "wei")) == 25
