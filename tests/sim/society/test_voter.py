"""With the level's rules off, the engine is the coevolving voter model and fragments above p_c.

Vazquez, Eguiluz and San Miguel (2008, arXiv:0710.4910): p_c = (mu - 2) / (mu - 1), about 0.89
at mean degree 10. Below it the network stays connected while opinions keep mixing (checked
over 60 sweeps); above it, it freezes into groups of one opinion that no tie joins.
"""

import numpy as np
import pytest

from game.sim.society.voter import coevolving_voter, critical_rewiring


def test_the_threshold_at_mean_degree_ten_is_about_089():
    assert critical_rewiring(10) == pytest.approx(0.889, abs=0.001)


@pytest.mark.parametrize("p", [0.6, 0.8])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_below_the_threshold_the_network_stays_in_one_piece(p, seed):
    outcome = coevolving_voter(1000, 10, p, np.random.default_rng(seed), max_sweeps=60)
    assert outcome.largest_share > 0.9 and outcome.active_links > 0


@pytest.mark.parametrize("p", [0.95, 0.98])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_above_the_threshold_the_network_splits_by_opinion(p, seed):
    outcome = coevolving_voter(1000, 10, p, np.random.default_rng(seed), max_sweeps=200)
    assert outcome.active_links == 0 and outcome.largest_share < 0.7
