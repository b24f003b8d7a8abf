"""The society's measures are right on small hand-built cases."""

import numpy as np
import pytest

from game.sim.society.measures import (
    assortativity,
    component_sizes,
    gini,
    gini_from_counts,
    percentiles_from_counts,
)
from game.sim.society.network import Network


def test_gini_is_zero_when_everyone_holds_the_same():
    assert gini(np.array([5, 5, 5, 5])) == pytest.approx(0.0)


def test_gini_of_one_holder_among_four_is_three_quarters():
    assert gini(np.array([0, 0, 0, 8])) == pytest.approx(0.75)


def test_gini_from_a_histogram_matches_the_sorted_formula():
    values = np.random.default_rng(3).integers(0, 40, 500)
    assert gini_from_counts(np.bincount(values)) == pytest.approx(gini(values))


def test_percentiles_from_a_histogram_match_numpy():
    values = np.random.default_rng(4).integers(0, 90, 777)
    expected = np.percentile(values, (10, 25, 50, 75, 90), method="inverted_cdf")
    assert percentiles_from_counts(np.bincount(values)).tolist() == expected.tolist()


def _sums(net: Network, values: np.ndarray) -> np.ndarray:
    return net.neighbour_sums(values.astype(np.int32))


def test_two_separate_cliques_of_equals_are_perfectly_assortative():
    u = [0, 0, 1, 3, 3, 4]
    v = [1, 2, 2, 4, 5, 5]
    net = Network.from_edges(6, np.array(u), np.array(v), 4)
    values = np.array([1, 1, 1, 9, 9, 9])
    assert assortativity(values, _sums(net, values), net.degree) == pytest.approx(1.0)


def test_a_ring_of_alternating_high_and_low_is_perfectly_disassortative():
    u = np.arange(6)
    net = Network.from_edges(6, u, (u + 1) % 6, 4)
    values = np.array([0, 10, 0, 10, 0, 10])
    assert assortativity(values, _sums(net, values), net.degree) == pytest.approx(-1.0)


def test_assortativity_is_the_correlation_across_tie_ends():
    rng = np.random.default_rng(5)
    u, v = rng.integers(0, 40, 120), rng.integers(0, 40, 120)
    net = Network.from_edges(40, u, v, 4)
    values = rng.integers(0, 100, 40)
    a, b = net.edges()
    ends = np.concatenate([values[a], values[b]]), np.concatenate([values[b], values[a]])
    expected = np.corrcoef(*ends)[0, 1]
    assert assortativity(values, _sums(net, values), net.degree) == pytest.approx(expected)


def test_components_of_two_triangles_and_a_loner():
    net = Network.from_edges(7, np.array([0, 1, 2, 3, 4, 5]), np.array([1, 2, 0, 4, 5, 3]), 4)
    assert component_sizes(net.components()).tolist() == [3, 3, 1]
