"""A level whose numbers are anywhere in their documented ranges validates and plays to its end."""

import numpy as np
from hypothesis import HealthCheck, given, settings

from game.core.content.loader import load_level_text
from game.sim.bots import conformist_bot, random_bot
from game.sim.runner import run_episode
from tests.hostile.budget import examples
from tests.hostile.extreme_levels import extreme_level, level_text


@settings(max_examples=examples(25), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(extreme_level())
def test_a_level_with_extreme_in_range_numbers_autoplays_to_the_end(data: dict):
    result = load_level_text(level_text(data), "extreme.yaml")
    assert result.ok, [p.format() for p in result.problems]
    for bot in (random_bot, conformist_bot):
        episode = run_episode(result.level, bot, seed=7)
        assert episode.world.ended
        assert np.isfinite(episode.world.char_scores).all()
