"""The network's rows stay a consistent simple graph as ties are cut and made."""

import numpy as np
from scipy.sparse.csgraph import connected_components

from game.sim.society.network import Network


def _check_consistent(net: Network) -> None:
    for i in range(net.n):
        friends = net.rows[i, : net.degree[i]]
        assert i not in friends and len(set(friends)) == friends.size
        assert (net.rows[i, net.degree[i] :] == i).all()
        for j in friends:
            assert i in net.rows[j, : net.degree[j]]


def test_a_small_world_gives_everyone_the_mean_degree():
    net = Network.small_world(500, 10, 0.2, np.random.default_rng(1))
    assert net.degree.mean() > 9.9 and net.degree.max() == 10
    _check_consistent(net)


def test_friend_sums_match_the_tie_list():
    net = Network.small_world(300, 6, 0.5, np.random.default_rng(2))
    values = np.arange(300, dtype=np.int32) % 17
    u, v = net.edges()
    expected = np.bincount(u, values[v], 300) + np.bincount(v, values[u], 300)
    assert net.neighbour_sums(values).tolist() == expected.astype(int).tolist()


def test_rewiring_keeps_the_graph_simple_and_the_components_exact():
    rng = np.random.default_rng(3)
    net = Network.small_world(200, 4, 0.3, rng, slack=2)
    for _ in range(60):
        net.components()
        who = np.unique(rng.integers(0, 200, 40))
        who = who[net.degree[who] > 0]
        slot, _ = net.random_friend(who, rng)
        net.rewire(who, slot, rng.integers(0, 200, who.size))
        _check_consistent(net)
        count, labels = connected_components(net.matrix, directed=False)
        fresh = np.unique(labels, return_inverse=True)[1]
        kept = np.unique(net.components(), return_inverse=True)[1]
        assert np.array_equal(fresh == fresh[:, None], kept == kept[:, None]) or count == 1
