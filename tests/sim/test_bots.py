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


def _preference(text: str):
    import yaml

    from game.core.spec.story import Preference

    return Preference.model_validate(yaml.safe_load(text))


def test_a_tag_weight_counts_for_every_verb_aimed_at_the_target():
    from game.core.verbs import Offer
    from game.sim.bots import preference_weight

    prefer = _preference("{actions: {befriend: 1, unfriend: 1}, tags: {noisy: 3}}")
    noisy = frozenset({"noisy"})
    befriend = Offer(Action("befriend", "jun"), "Befriend", noisy)
    unfriend = Offer(Action("unfriend", "jun"), "Unfriend", noisy)
    assert preference_weight(prefer, befriend) == preference_weight(prefer, unfriend) == 4


def test_verb_weights_count_for_that_verb_alone():
    from game.core.verbs import Offer
    from game.sim.bots import preference_weight

    prefer = _preference(
        "{actions: {befriend: 1, unfriend: 1}, verbs: {unfriend: {tags: {noisy: 5}, ids: {jun: 2}}}}"
    )
    noisy = frozenset({"noisy"})
    assert preference_weight(prefer, Offer(Action("befriend", "jun"), "B", noisy)) == 1
    assert preference_weight(prefer, Offer(Action("unfriend", "jun"), "U", noisy)) == 8


def test_ending_the_day_is_worth_half_a_point_to_a_designer_strategy():
    from game.core.actions import END_DAY
    from game.core.verbs import Offer
    from game.sim.bots import preference_weight

    assert (
        preference_weight(_preference("{actions: {buy: 2}}"), Offer(END_DAY, "End", frozenset()))
        == 0.5
    )


def test_an_unknown_verb_in_a_strategy_is_reported_with_a_suggestion():
    from game.core.content.loader import load_level_text
    from tests.core.levels import with_replaced

    text = with_replaced(
        "debrief:", "strategies:\n  - {id: s, label: S, prefer: {verbs: {befrend: {}}}}\ndebrief:"
    )
    (problem,) = load_level_text(text, "lvl.yaml").problems
    assert (
        problem.message == "unknown verb 'befrend'" and problem.hint == "did you mean 'befriend'?"
    )
