"""Each rule kind moves the score with its reason, rule id, source location and evidence."""

import numpy as np

from game.core import events as ev
from game.core.network import numpy_mean
from tests.core.levels import with_replaced
from tests.core.play import level_from, of_type, play


def test_action_rule_raises_the_score_with_reason_and_source():
    world, events = play(level_from(), "buy apple")
    change = of_type(events, ev.ScoreChanged)[0]
    assert (change.delta, change.reason, change.rule_id) == (5, "Apples are healthy.", "apple_up")
    assert change.source == "t.yaml:27:5" and change.evidence == "game"
    assert world.score == 55


def test_action_rule_ignores_actions_of_another_kind():
    _, events = play(level_from(), "post nothing")
    assert not of_type(events, ev.ScoreChanged)


def test_per_day_limit_stops_a_rule_after_its_count():
    level = level_from(with_replaced("    delta: 5", "    delta: 5\n    per_day: 1"))
    world, _ = play(level, "buy apple", "buy apple")
    assert world.score == 55


def test_max_times_limits_a_rule_over_the_level():
    level = level_from(with_replaced("    delta: 5", "    delta: 5\n    max_times: 1"))
    world, _ = play(level, "buy apple", "end_day", "buy apple")
    assert world.score == 55


def test_disabled_rule_counts_only_after_an_event_enables_it():
    text = with_replaced("    delta: 5", "    delta: 5\n    enabled: false")
    text = with_replaced(
        "debrief:",
        "events:\n  - {id: switch, day: 2, effects: {enable_rules: [apple_up]}}\ndebrief:",
        text,
    )
    world, _ = play(level_from(text), "buy apple", "end_day", "buy apple")
    assert world.score == 55


def test_rule_extra_condition_must_hold():
    level = level_from(with_replaced("    delta: 5", "    delta: 5\n    if: {day_at_least: 2}"))
    world, _ = play(level, "buy apple", "end_day", "buy apple")
    assert world.score == 55


def test_daily_rule_fires_each_evening():
    rule = "  - {id: tax, kind: daily, delta: -2, reason: Daily levy.}\n"
    world, _ = play(
        level_from(
            with_replaced("debrief:", "debrief:", with_replaced("rules:\n", "rules:\n" + rule))
        ),
        "end_day",
        "end_day",
    )
    assert world.score == 46


def test_chance_rule_with_certain_probability_fires_every_evening():
    rule = "  - {id: cam, kind: chance, probability: 1.0, delta: -3, reason: Camera.}\n"
    world, _ = play(level_from(with_replaced("rules:\n", "rules:\n" + rule)), "end_day")
    assert world.score == 47


def test_streak_rule_awards_its_badge_after_consecutive_days():
    rule = (
        "  - {id: streak, kind: streak, when: {action: buy, ids: [apple]}, days: 2,"
        " delta: 7, reason: Streak!, badge: Apple Fan}\n"
    )
    world, events = play(
        level_from(with_replaced("rules:\n", "rules:\n" + rule)),
        "buy apple",
        "end_day",
        "buy apple",
        "end_day",
    )
    assert world.badges == ("Apple Fan",) and of_type(events, ev.BadgeEarned)
    assert world.score == 50 + 5 + 5 + 7


def test_the_friends_mean_is_numpys_mean_to_the_last_bit():
    rng = np.random.default_rng(4)
    for count in range(1, 20):
        for _ in range(200):
            scores = (rng.normal(500, 300, count) * rng.choice([1, 1e-3, 1e3])).tolist()
            assert numpy_mean(scores) == float(np.mean(scores)), scores
