"""The dial gives every tier an equal share of the arc and never runs backwards."""

import itertools
import math

from game.core.content.loader import load_level
from game.paths import levels_dir
from game.ui.dial import _angle


def test_the_needle_moves_one_way_as_the_score_rises():
    level = load_level(levels_dir() / "gig_street.yaml").level
    spec = level.spec.score
    angles = [_angle(level, v) for v in range(spec.min, spec.max + 1)]
    assert all(a >= b for a, b in itertools.pairwise(angles))
    assert math.isclose(angles[0], math.pi) and math.isclose(angles[-1], 0.0, abs_tol=1e-9)


def test_each_tier_starts_at_an_equal_share_of_the_arc():
    level = load_level(levels_dir() / "gig_street.yaml").level
    count = len(level.tiers)
    for i, tier in enumerate(level.tiers):
        assert math.isclose(_angle(level, tier.min), math.pi * (1 - i / count))
