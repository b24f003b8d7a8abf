"""The network's rows stay a consistent simple graph as ties are cut and made."""

import numpy as np
import pytest
from scipy.sparse.csgraph import connected_components

from game.sim.society.halves import Halves
from game.sim.society.measures import component_sizes
from game.sim.society.network import SPARSE_FROM, Network


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


def _same_partition(a: np.ndarray, b: np.ndarray) -> bool:
    return np.array_equal(a == a[:, None], b == b[:, None])


@pytest.mark.parametrize("on_helper", [False, True], ids=["here", "mended_on_the_helper"])
def test_rewiring_keeps_the_graph_simple_and_the_components_exact(on_helper):
    rng = np.random.default_rng(3)
    net = Network.small_world(200, 4, 0.3, rng, slack=2)
    if on_helper:
        net.halves = Halves(net.n)
    for _ in range(60):
        net.components()
        who = np.unique(rng.integers(0, 200, 40))
        who = who[net.degree[who] > 0]
        slot, _ = net.random_friend(who, rng)
        net.rewire(who, slot, rng.integers(0, 200, who.size))
        _check_consistent(net)
        _, fresh = connected_components(net.matrix, directed=False)
        assert _same_partition(fresh, net.components())
        assert sorted(net.component_sizes()) == sorted(np.bincount(fresh))
        _check_tree(net)


def test_rewiring_keeps_the_counts_of_friendless_citizens_and_tie_ends():
    rng = np.random.default_rng(4)
    net = Network.small_world(100, 2, 0.5, rng, slack=2)
    ends, seen = net.ends, set()
    for _ in range(80):
        who = np.unique(rng.integers(0, 100, 30))
        who = who[net.degree[who] > 0]
        slot, _ = net.random_friend(who, rng)
        net.rewire(who, slot, rng.integers(0, 100, who.size))
        assert net.loners == np.count_nonzero(net.degree == 0)
        assert net.ends == ends == net.degree.sum()
        seen.add(net.loners)
    assert len(seen) > 2  # the count went up and down


def _check_tree(net: Network) -> None:
    """Every member of the largest component but its root hangs under an earlier friend."""
    members = np.flatnonzero(net.components() == net._giant)
    parent = net._parent[members]
    hung = parent >= 0
    assert hung.sum() == members.size - 1
    child, up = members[hung], parent[hung]
    assert (net._rank[up] < net._rank[child]).all()
    assert (net.rows[child] == up[:, None]).any(axis=1).all()


def test_dropped_ties_are_mended_in_the_spanning_tree_instead_of_recounting():
    rng = np.random.default_rng(4)
    net = Network.small_world(3000, 10, 0.1, rng)
    for _ in range(30):
        net.components()
        who = np.unique(rng.integers(0, 3000, 200))
        slot, _ = net.random_friend(who, rng)
        net.rewire(who, slot, rng.integers(0, 3000, who.size))
    _, fresh = connected_components(net.matrix, directed=False)
    assert _same_partition(fresh, net.components())
    _check_tree(net)
    assert net.recomputes <= 2  # of 31 counts: dropped ties are mended instead


def test_a_group_cut_off_becomes_its_own_component_without_recounting():
    ring = np.arange(10)
    u = np.concatenate([ring, [9, 10, 11, 12, 13]])
    v = np.concatenate([(ring + 1) % 10, [10, 11, 12, 13, 10]])
    net = Network.from_edges(14, u, v, 4)
    assert component_sizes(net.components()).tolist() == [14]
    i = np.array([10])
    net.rewire(i, np.flatnonzero(net.rows[10] == 9), np.array([12]))
    assert component_sizes(net.components()).tolist() == [10, 4]
    assert sorted(net.component_sizes()) == [4, 10]
    _, fresh = connected_components(net.matrix, directed=False)
    assert _same_partition(fresh, net.components()) and net.recomputes == 1


def test_two_citizens_left_friendless_in_one_batch_are_two_components_of_one():
    # The path 1-0-2-3-4-5: 0 drops 1 for 3 and 4 drops 5 for 2 in the same batch.
    net = Network.from_edges(6, np.array([0, 4, 0, 2, 3]), np.array([1, 5, 2, 3, 4]), 4)
    assert net.component_sizes().tolist() == [6]
    slot = np.array([np.flatnonzero(net.rows[0] == 1)[0], np.flatnonzero(net.rows[4] == 5)[0]])
    net.rewire(np.array([0, 4]), slot, np.array([3, 2]))
    assert sorted(net.component_sizes()) == [1, 1, 4]
    assert net.recomputes == 1  # kept without counting again


def test_a_large_network_sums_friends_by_sparse_product_to_the_same_totals():
    net = Network.small_world(SPARSE_FROM + 1, 6, 0.5, np.random.default_rng(6))
    values = (np.arange(net.n, dtype=np.int32) * 7) % 101
    u, v = net.edges()
    expected = np.bincount(u, values[v], net.n) + np.bincount(v, values[u], net.n)
    assert net.neighbour_sums(values).tolist() == expected.astype(int).tolist()


def test_a_sparse_product_in_two_halves_at_once_gives_the_same_totals():
    net = Network.small_world(SPARSE_FROM + 1, 6, 0.5, np.random.default_rng(6))
    values = (np.arange(net.n, dtype=np.int16) * 7) % 101
    whole = net.neighbour_sums(values).copy()
    net.sharing = Halves(net.n)
    assert net.neighbour_sums(values).tolist() == whole.tolist()


def test_work_asked_to_run_first_runs_once_whichever_way_the_sums_are_made():
    net = Network.small_world(SPARSE_FROM + 1, 6, 0.5, np.random.default_rng(6))
    net.sharing = Halves(net.n)
    values = np.ones(net.n, np.int16)
    ran: list[str] = []
    for out in (None, np.zeros(net.n, np.int16), np.zeros(net.n, np.int64)):
        net.neighbour_sums(values, out=out, first=lambda: ran.append("first"))
    assert ran == ["first"] * 3


def test_work_handed_to_rewiring_gets_the_changes_it_made_once():
    net = Network.small_world(400, 6, 0.3, np.random.default_rng(3))
    net.halves = Halves(net.n)
    rng = np.random.default_rng(4)
    who = rng.choice(net.n, 40, replace=False)
    slot = rng.integers(0, net.degree[who])
    seen: list = []
    changed = net.rewire(who, slot, rng.integers(0, net.n, who.size), then=seen.append)
    assert seen == [changed] and changed.i.size > 0
