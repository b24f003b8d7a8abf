"""The debrief's perks and restrictions say where the run ended: a perk lost and won back
is not listed as lost, and a restriction lifted says when."""

from collections.abc import Callable

from game.core.content.loader import load_level
from game.core.level import Level
from game.core.outcome import Outcome
from game.design.debrief import build_debrief
from game.sim.bots import chooser_for
from game.sim.runner import Episode, run_episode
from tests.conftest import FIXTURES

LEVELS = FIXTURES.parents[2] / "levels"


def _first_run(level: Level, strategy: str, wanted: Callable[[Outcome], bool]) -> Episode:
    choose = chooser_for(level, strategy)
    assert choose is not None
    for seed in range(30):
        episode = run_episode(level, choose, seed)
        if wanted(episode.outcome):
            return episode
    raise AssertionError(f"no {strategy} run of {level.id} in 30 seeds shows it")


def _level(name: str) -> Level:
    result = load_level(LEVELS / f"{name}.yaml")
    assert result.level is not None
    return result.level


def test_a_perk_lost_and_won_back_is_listed_as_won_back_and_not_as_lost():
    level = _level("nosedive")
    run = _first_run(level, "conformist", lambda o: any(p in o.perks_held for p in o.perks_lost))
    o, doc = run.outcome, build_debrief(level, run.seed, run.actions)
    back = next(p for p in o.perks_lost if p in o.perks_held)
    label = level.spec.label_of("perks", back)
    assert f"{label} (lost on day {o.perks_lost[back]}, won back)" in doc.perks_won
    assert label not in doc.perks_lost


def test_a_restriction_lifted_by_the_end_says_on_which_day():
    level = _level("citizen_score_2020")
    run = _first_run(
        level,
        "conformist",
        lambda o: any(r not in o.restrictions_held for r in o.restrictions_lifted),
    )
    o, doc = run.outcome, build_debrief(level, run.seed, run.actions)
    lifted = next(r for r in o.restrictions_lifted if r not in o.restrictions_held)
    label = level.spec.label_of("restrictions", lifted)
    assert f"{label} (lifted on day {o.restrictions_lifted[lifted]})" in doc.restrictions
