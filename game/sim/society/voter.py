"""The society's network engine with every level rule switched off: the coevolving voter model.

Vazquez, Eguiluz and San Miguel (2008, arXiv:0710.4910): each citizen holds one of two
opinions; a random citizen looks at a random friend and, if they disagree, drops that friend
with probability p and befriends a random citizen who agrees, or else copies the friend's
opinion. For mean degree mu the network splits into groups of one opinion when p is above
p_c = (mu - 2) / (mu - 1). The test suite checks that this engine reproduces the transition.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from game.sim.society.network import Network

BATCH = 0.02
"""Share of citizens updated together; small, so a batch behaves like one-by-one updates."""


@dataclass(frozen=True)
class VoterOutcome:
    """Where a coevolving voter run stopped."""

    largest_share: float
    """Share of citizens in the largest connected component."""
    components: int
    sweeps: int
    """Sweeps run (one sweep: each citizen updated once on average)."""
    active_links: int
    """Ties between disagreeing citizens left at the end (0: the run settled)."""


def critical_rewiring(mean_degree: float) -> float:
    """The pair-approximation threshold p_c = (mu - 2) / (mu - 1) from the paper."""
    return (mean_degree - 2) / (mean_degree - 1)


def active_links(net: Network, opinion: np.ndarray) -> int:
    """Ties whose two ends disagree."""
    agree_one = net.neighbour_sums(opinion.astype(np.int32))
    disagree = np.where(opinion == 1, net.degree - agree_one, agree_one)
    return int(disagree.sum()) // 2


def coevolving_voter(
    n: int, mean_degree: int, p: float, rng: np.random.Generator, max_sweeps: int = 100
) -> VoterOutcome:
    """Run the model from a random network and random opinions until no tie joins two
    opinions or `max_sweeps` have passed (bounded time)."""
    net = Network.small_world(n, mean_degree, 1.0, rng, slack=mean_degree)
    opinion = (rng.random(n) < 0.5).astype(np.int8)
    batch = max(1, int(BATCH * n))
    sweeps = 0
    left = active_links(net, opinion)
    while sweeps < max_sweeps and left > 0:
        for _ in range(n // batch):
            _update(net, opinion, rng.integers(0, n, batch), p, rng)
        sweeps += 1
        left = active_links(net, opinion)
    sizes = np.bincount(net.components())
    return VoterOutcome(float(sizes.max() / n), int(sizes.size), sweeps, left)


def _update(
    net: Network, opinion: np.ndarray, who: np.ndarray, p: float, rng: np.random.Generator
) -> None:
    who = np.unique(who)
    who = who[net.degree[who] > 0]
    slot, friend = net.random_friend(who, rng)
    differ = opinion[who] != opinion[friend]
    who, slot, friend = who[differ], slot[differ], friend[differ]
    rewire = rng.random(who.size) < p
    copy_who, copy_from = who[~rewire], friend[~rewire]
    who, slot = who[rewire], slot[rewire]
    candidates = rng.integers(0, opinion.size, size=(who.size, 8))
    fits = opinion[candidates] == opinion[who][:, None]
    pick = np.argmax(fits, axis=1)
    found = fits[np.arange(who.size), pick]
    net.rewire(who[found], slot[found], candidates[np.arange(who.size), pick][found])
    opinion[copy_who] = opinion[copy_from]
