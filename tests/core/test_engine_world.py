"""Tiers, gates, cadence, prompts, disputes, goals and the network, on the all-features level."""

from dataclasses import replace

from game.core import events as ev
from game.core.actions import Action
from game.core.engine import new_world, step
from game.core.scoring import decided_by, refresh
from game.core.world import Draft
from tests.core.levels import with_replaced
from tests.core.play import level_from, of_type, play


def test_crossing_a_tier_reports_the_tier_and_the_perk():
    world, events = play(level_from(), "buy apple", "buy apple")
    assert world.tier == "high" and of_type(events, ev.TierChanged)[0].new == "high"
    assert [e.perk for e in of_type(events, ev.PerkGranted)] == ["bonus"]


def test_refused_action_leaves_the_world_untouched():
    level = level_from(with_replaced("player:\n", "player:\n  money: 4\n"))
    world, _ = new_world(level, 1)
    after, events = step(world, Action("buy", "apple"))
    assert after is world and isinstance(events[0], ev.ActionRefused)
    assert events[0].reason == "Apple costs 5; you have 4."


def test_no_actions_left_is_refused_with_a_reason():
    _, events = play(level_from(), "buy apple", "buy apple", "buy apple")
    assert of_type(events, ev.ActionRefused)[0].reason.startswith("No time left today")


def test_restriction_refuses_a_service_with_its_label(all_features):
    world, _ = new_world(all_features, 1)
    low = replace(world, restrictions=frozenset({"no_train"}))
    _, events = step(low, Action("apply", "train"))
    assert events[0].reason.startswith("Train to Grandma refused: No train tickets.")


def test_requirement_refusal_names_the_worst_factors(all_features):
    world, _ = new_world(all_features, 1)
    world = replace(world, factors={"behaviour": -40, "relationships": 5})
    _, events = step(world, Action("apply", "loan"))
    assert events[0].reason == "Loan refused. Main factors: Behaviour."


def test_perk_price_applies_when_the_perk_is_held(all_features):
    world, _ = new_world(all_features, 1)
    world = replace(world, perks=frozenset({"fast_lane"}), score=800, tier="high")
    after, events = step(world, Action("apply", "loan"))
    used = of_type(events, ev.ServiceUsed)[0]
    assert used.price == 0 and after.money == world.money + 500


def test_daily_cadence_holds_changes_until_the_evening():
    level = level_from(with_replaced("  start: 50", "  start: 50\n  update: daily"))
    world, events = play(level, "buy apple")
    assert world.score == 50 and len(world.pending) == 1 and not of_type(events, ev.ScoreChanged)
    world, events = play(level, "buy apple", "end_day")
    assert world.score == 55 and of_type(events, ev.ScoreChanged)[0].day == 1


def test_a_daytime_action_on_a_daily_score_is_told_what_it_decided_for_the_evening():
    level = level_from(with_replaced("  start: 50", "  start: 50\n  update: daily"))
    before, _ = new_world(level, 1)
    after, _ = step(before, Action("buy", "apple"))
    assert [c.delta for c in decided_by(before, after)] == [5]


def test_an_evening_that_lands_the_waiting_changes_decides_nothing_new():
    level = level_from(with_replaced("  start: 50", "  start: 50\n  update: daily"))
    before, _ = play(level, "buy apple")
    after, _ = step(before, Action("end_day"))
    assert before.pending and decided_by(before, after) == ()


def test_weekly_cadence_lands_on_the_last_day_at_the_latest():
    level = level_from(with_replaced("  start: 50", "  start: 50\n  update: weekly"))
    world, _ = play(level, "buy apple", "end_day", "end_day")
    assert world.score == 50
    world, _ = play(level, "buy apple", "end_day", "end_day", "end_day")
    assert world.score == 55 and world.ended


def test_unanswered_prompt_takes_its_pre_ticked_default_at_night(all_features):
    world, events = new_world(all_features, 1)
    assert world.open_prompts == ("share_data",)
    world, events = step(world, Action("end_day"))
    answered = of_type(events, ev.PromptAnswered)[0]
    assert (answered.option, answered.by_default) == ("agree", True) and "verified" in world.perks


def test_answering_a_prompt_costs_no_action(all_features):
    world, _ = new_world(all_features, 1)
    after, _ = step(world, Action("answer", "share_data", "decline"))
    assert after.actions_left == world.actions_left and after.answers == {"share_data": "decline"}


def test_disputing_an_error_reverses_it(all_features):
    world, _ = new_world(all_features, 3)
    while not world.disputable:
        world, _ = step(world, Action("end_day"))
    change_id, (rule_id, delta, _) = next(iter(world.disputable.items()))
    after, _ = step(world, Action("dispute", str(change_id)))
    assert after.score == world.score - delta and rule_id == "camera_error"
    assert change_id not in after.disputable


def test_friends_pull_the_score_toward_their_mean(all_features):
    world, _ = new_world(all_features, 1)
    world, events = step(world, Action("end_day"))
    pull = next(e for e in of_type(events, ev.ScoreChanged) if e.rule_id == "pull")
    assert pull.delta < 0 and pull.factor == "relationships"


def test_a_debtor_friend_costs_points_each_evening(all_features):
    _, events = step(new_world(all_features, 1)[0], Action("end_day"))
    assert any(
        e.rule_id == "debtor_friend" and e.delta == -5 for e in of_type(events, ev.ScoreChanged)
    )


def test_a_parent_record_counts_without_being_a_friend(all_features):
    world, events = step(new_world(all_features, 1)[0], Action("end_day"))
    assert "mum" not in world.friends
    assert any(e.rule_id == "parent_record" for e in of_type(events, ev.ScoreChanged))


def test_a_friend_joining_raises_the_score_whatever_their_score(all_features):
    world, _ = new_world(all_features, 1)
    for _ in range(2):
        world, events = step(world, Action("end_day"))
    joined = [e for e in of_type(events, ev.ScoreChanged) if e.rule_id == "joined"]
    assert joined and joined[0].delta == 8


def test_a_high_scorer_cuts_ties_when_the_score_falls(all_features):
    world, _ = new_world(all_features, 1)
    world, _ = step(world, Action("befriend", "lu"))
    world = replace(world, score=450, tier="low")
    after, events = step(world, Action("end_day"))
    assert "lu" not in after.friends and of_type(events, ev.FriendLost)[0].character == "lu"


def test_fabricated_post_fires_post_rules_in_the_players_name(all_features):
    world, _ = new_world(all_features, 1)
    events = []
    for _ in range(3):
        world, more = step(world, Action("end_day"))
        events += more
    published = of_type(events, ev.PostPublished)[0]
    assert published.fabricated and "criticise" in world.fabricated
    assert any(e.rule_id == "critical_down" for e in of_type(events, ev.ScoreChanged))


def test_anytime_goal_is_met_when_its_condition_first_holds(all_features):
    world, _ = new_world(all_features, 1)
    _, events = step(world, Action("apply", "train"))
    assert of_type(events, ev.GoalMet)[0].goal == "visit_grandma"


def test_level_ends_after_the_last_day_with_every_goal_judged(all_features):
    world, _ = new_world(all_features, 1)
    while not world.ended:
        world, events = step(world, Action("end_day"))
    end = of_type(events, ev.LevelEnded)[0]
    assert set(end.goals_met) | set(end.goals_failed) == {"visit_grandma", "keep_wei", "get_loan"}
    assert step(world, Action("end_day"))[1][0].reason == "The level is over."


def test_device_based_price_applies_when_its_condition_holds(all_features):
    world, _ = new_world(all_features, 1)
    world, _ = step(world, Action("buy", "diapers"))
    _, events = step(world, Action("buy", "phone_case"))
    assert "25 (device-based price)" in of_type(events, ev.ActionTaken)[0].text


def test_a_refusal_unrelated_to_the_score_names_no_factors(all_features):
    world, _ = new_world(all_features, 1)
    world = replace(world, factors={"behaviour": -40}, money=0)
    _, events = step(world, Action("apply", "train"))
    assert "Main factors" not in events[0].reason


def test_the_tier_is_the_highest_whose_minimum_the_score_reaches(all_features):
    tiers = all_features.tiers
    for tier in tiers:
        assert all_features.tier_for(tier.min).min == tier.min
        assert all_features.tier_for(tier.min - 1).min < tier.min or tier is tiers[0]
    assert all_features.tier_for(tiers[0].min - 1000) is tiers[0]
    assert all_features.tier_for(tiers[-1].min + 1000) is tiers[-1]


def test_a_perk_held_by_a_flag_follows_the_flag_each_time_it_changes(all_features):
    """`refresh` reuses what it worked out for the same tier and flags: set, cleared and set
    again, the flag still decides."""
    world, _ = new_world(all_features, 1)
    draft, out = Draft(world), []
    held = []
    for flags in ({"verified"}, set(), {"verified"}, set()):
        draft.flags = frozenset(flags)
        refresh(draft, out)
        held.append("verified" in draft.perks)
    assert held == [True, False, True, False]
