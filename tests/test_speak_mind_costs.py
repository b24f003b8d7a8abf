"""Citizen Score 2020: saying what you think always costs points, in every run that does it.

A player report found the goal met for free by posting on day 1, before any score existed.
Honest posts now open only once the score is mandatory, when critical posts are scored.
"""

from game.core import events as ev
from game.core.content.loader import load_level
from game.core.engine import new_world
from game.core.offers import allowed
from game.paths import levels_dir
from game.sim.bots import BUILT_IN
from game.sim.runner import run_episode

SEEDS = range(6)


def test_every_run_that_speaks_its_mind_loses_points_for_it():
    level = load_level(levels_dir() / "citizen_score_2020.yaml").level
    met = 0
    for bot in BUILT_IN.values():
        for seed in SEEDS:
            episode = run_episode(level, bot, seed)
            if episode.world.goals.get("speak_mind") != "met":
                continue
            met += 1
            costs = [
                e for e in episode.events
                if isinstance(e, ev.ScoreChanged) and e.rule_id == "critical_down" and e.delta < 0
            ]  # fmt: skip
            assert costs, f"speak_mind met for free (seed {seed})"
    assert met, "no strategy met the goal, so the check proved nothing"


def test_no_honest_post_is_offered_before_the_score_is_mandatory():
    level = load_level(levels_dir() / "citizen_score_2020.yaml").level
    honest = {p.id for p in level.spec.posts if "honest" in p.tags}
    world, _ = new_world(level, 1)
    offered = {o.action.target for o in allowed(world) if o.action.verb == "post"}
    assert offered and not offered & honest
