"""Every shipped level is balanced: each goal is met by some strategy and missed by another,
and no strategy meets every goal in every run."""

import pytest

from game.core.content.loader import load_level
from game.paths import level_files
from game.sim.bots import BUILT_IN
from game.sim.runner import run_episode

SEEDS = range(12)
LEVELS = level_files()


def _goal_rates(level):
    """strategy -> goal -> share of runs meeting it, plus whether a strategy met all goals always."""
    rates, all_goals_always = {}, {}
    for name, bot in BUILT_IN.items():
        episodes = [run_episode(level, bot, seed) for seed in SEEDS]
        rates[name] = {
            g.id: sum(e.world.goals.get(g.id) == "met" for e in episodes) / len(episodes)
            for g in level.spec.goals
        }
        all_goals_always[name] = all(
            all(e.world.goals.get(g.id) == "met" for g in level.spec.goals) for e in episodes
        )
    return rates, all_goals_always


@pytest.fixture(scope="module", params=LEVELS, ids=[p.stem for p in LEVELS])
def balance(request):
    result = load_level(request.param)
    assert result.ok, [p.format() for p in result.problems]
    return result.level, *_goal_rates(result.level)


def test_each_goal_is_met_by_at_least_one_strategy(balance):
    level, rates, _ = balance
    for goal in level.spec.goals:
        assert any(r[goal.id] > 0 for r in rates.values()), (goal.id, rates)


def test_each_goal_is_missed_by_at_least_one_strategy(balance):
    level, rates, _ = balance
    for goal in level.spec.goals:
        assert any(r[goal.id] < 1 for r in rates.values()), (goal.id, rates)


def test_no_strategy_meets_every_goal_in_every_run(balance):
    _, rates, all_goals_always = balance
    assert not any(all_goals_always.values()), rates
