"""The society's friendship network: fixed-width neighbour rows that double as a CSR matrix.

Each citizen owns a row of `width` slots; the first `degree[i]` hold friends, the rest hold
the citizen's own index (a self-loop, harmless to components and subtracted from sums).
Because every row has the same width, the rows are a CSR matrix without copying, and a tie
can be cut or made by writing two slots, so the network can change every day.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Rewired:
    """The ties changed in one batch: citizen i dropped old and befriended new."""

    i: np.ndarray
    old: np.ndarray
    new: np.ndarray


class Network:
    """An undirected simple graph over N citizens with at most `width` friends each."""

    def __init__(self, rows: np.ndarray, degree: np.ndarray) -> None:
        self.rows = rows
        self.degree = degree
        n, width = rows.shape
        self.n, self.width = n, width
        import scipy.sparse as sp  # here, not at import: the game's screens never need it

        indptr = np.arange(0, n * width + 1, width, dtype=np.int32)
        data = np.ones(n * width, dtype=np.int32)
        self.matrix = sp.csr_matrix((data, rows.reshape(-1), indptr), shape=(n, n), copy=False)
        self.matrix.indices = rows.reshape(-1)  # share memory: edits to rows show in the matrix
        self._labels: np.ndarray | None = None
        self.recomputes = 0
        """How often the components were computed from scratch (a benchmark figure)."""

    # building ---------------------------------------------------------------------------
    @classmethod
    def small_world(
        cls, n: int, mean_degree: int, shortcuts: float, rng: np.random.Generator, slack: int = 4
    ) -> Network:
        """A ring where each citizen knows the nearest `mean_degree`, then a share `shortcuts`
        of ties swapped at random (double-edge swaps keep everyone's number of friends)."""
        u, v, width = small_world_edges(n, mean_degree, shortcuts, rng, slack)
        return cls.from_edges(n, u, v, width)

    @classmethod
    def from_edges(cls, n: int, u: np.ndarray, v: np.ndarray, width: int) -> Network:
        """Rows from an edge list (each tie once); self-loops and repeated ties are dropped."""
        u, v = np.asarray(u, np.int64), np.asarray(v, np.int64)
        keep = u != v
        lo, hi = np.minimum(u[keep], v[keep]), np.maximum(u[keep], v[keep])
        key = np.sort(lo * n + hi)
        key = key[np.concatenate([[True], key[1:] != key[:-1]])]
        lo, hi = key // n, key % n
        src, dst = np.concatenate([lo, hi]), np.concatenate([hi, lo])
        order = np.argsort(src, kind="stable")
        src, dst = src[order], dst[order]
        degree = np.bincount(src, minlength=n).astype(np.int32)
        width = max(width, int(degree.max(initial=0)))
        rows = np.repeat(np.arange(n, dtype=np.int32)[:, None], width, axis=1)
        starts = np.concatenate([[0], np.cumsum(degree)[:-1]])
        slot = np.arange(src.size) - np.repeat(starts, degree)
        rows[src, slot] = dst
        return cls(rows, degree)

    # reading ----------------------------------------------------------------------------
    def neighbour_sums(self, values: np.ndarray) -> np.ndarray:
        """Sum of `values` over each citizen's friends (one sparse product)."""
        total: np.ndarray = self.matrix @ values
        total -= (self.width - self.degree).astype(values.dtype) * values
        return total

    def edges(self) -> tuple[np.ndarray, np.ndarray]:
        """Each tie once, as two arrays (u < v)."""
        slots = np.arange(self.width)[None, :] < self.degree[:, None]
        u = np.broadcast_to(np.arange(self.n)[:, None], self.rows.shape)[slots]
        v = self.rows[slots]
        keep = u < v
        return u[keep], v[keep]

    def components(self) -> np.ndarray:
        """A component label per citizen, recomputed only when a change may have split one.

        Alongside the labels the network keeps a spanning tree of the largest component,
        numbered in breadth-first order so that every parent comes before its child. A
        dropped tie that is not in the tree changes nothing; one that is can be replaced by
        any other tie from the child to an earlier citizen (never one of its descendants,
        which all come later), and only when none exists is everything recomputed.
        """
        if self._labels is None:
            from scipy.sparse.csgraph import breadth_first_order, connected_components

            # Rows are symmetric, so strong components are the connected components and
            # scipy needs no transposed copy.
            _, labels = connected_components(self.matrix, directed=True, connection="strong")
            giant = int(np.argmax(np.bincount(labels)))
            root = int(np.argmax(labels == giant))
            order, parent = breadth_first_order(
                self.matrix, root, directed=True, return_predecessors=True
            )
            self._rank = np.full(self.n, -1.0)
            self._rank[order] = np.arange(order.size, dtype=np.float64)
            self._parent = parent
            self._giant = giant
            self._labels = labels
            self.recomputes += 1
        return self._labels

    # changing ---------------------------------------------------------------------------
    def random_friend(
        self, who: np.ndarray, rng: np.random.Generator
    ) -> tuple[np.ndarray, np.ndarray]:
        """For each citizen given (all with at least one friend): a random slot and its friend."""
        slot = (rng.random(who.size) * self.degree[who]).astype(np.int32)
        return slot, self.rows[who, slot]

    def has_tie(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        tied: np.ndarray = (self.rows[a] == b[:, None]).any(axis=1) & (a != b)
        return tied

    def rewire(self, i: np.ndarray, slot: np.ndarray, new: np.ndarray) -> Rewired:
        """Citizen i drops the friend in `slot` and befriends `new` instead.

        Changes are applied only where they touch disjoint rows (at most one change per
        citizen per batch), so a vectorised batch never writes one slot twice; the rest are
        dropped and their citizens simply try again on a later day.
        """
        old = self.rows[i, slot]
        ok = (new != i) & (new != old) & (self.degree[new] < self.width) & ~self.has_tie(i, new)
        i, slot, old, new = i[ok], slot[ok], old[ok], new[ok]
        touched = np.concatenate([i, old, new])
        count = np.bincount(touched, minlength=self.n)
        ok = (count[i] == 1) & (count[old] == 1) & (count[new] == 1)
        i, slot, old, new = i[ok], slot[ok], old[ok], new[ok]
        if i.size == 0:
            return Rewired(i, old, new)
        self.rows[i, slot] = new
        where = np.argmax(self.rows[old] == i[:, None], axis=1)
        last = self.degree[old] - 1
        self.rows[old, where] = self.rows[old, last]
        self.rows[old, last] = old
        self.degree[old] -= 1
        self.rows[new, self.degree[new]] = i
        self.degree[new] += 1
        self._forget_components(i, old, new)
        return Rewired(i, old, new)

    def _forget_components(self, i: np.ndarray, old: np.ndarray, new: np.ndarray) -> None:
        """Keep the labels if the spanning tree can be mended around every dropped tie;
        a citizen left with no friend becomes a component of one, and a loner befriended
        from the largest component joins it."""
        if self._labels is None:
            return
        labels, giant = self._labels, self._giant
        joined = (labels[new] != giant) & (self.degree[new] == 1)
        if joined.any():
            self._join(new[joined], i[joined])
        if self._labels is None or (labels[np.concatenate([i, old, new])] != giant).any():
            self._labels = None  # a change outside the largest component: recount
            return
        parent, rank = self._parent, self._rank
        child = np.concatenate([old[parent[old] == i], i[parent[i] == old]])
        alone = child[self.degree[child] == 0]
        labels[alone] = self._labels.max() + 1 + np.arange(alone.size)
        rank[alone], parent[alone] = -1.0, -9999
        child = child[self.degree[child] > 0]
        if child.size == 0:
            return
        friends = self.rows[child]
        real = np.arange(self.width)[None, :] < self.degree[child][:, None]
        earlier = real & (rank[friends] < rank[child][:, None])
        found = earlier.any(axis=1)
        parent[child[found]] = friends[found, np.argmax(earlier[found], axis=1)]
        if not found.all() and not self._mend_through_friends(child[~found]):
            self._labels = None

    def _join(self, loners: np.ndarray, hosts: np.ndarray) -> None:
        """Citizens who had no friend and now have one join that friend's component."""
        labels = self._labels
        if labels is None:
            return
        if (labels[hosts] != self._giant).any() or np.unique(loners).size != loners.size:
            self._labels = None
            return
        labels[loners] = self._giant
        self._parent[loners] = hosts
        self._rank[loners] = self._rank.max() + 1 + np.arange(loners.size)

    def _mend_through_friends(self, child: np.ndarray, hops: int = 2) -> bool:
        """Hang each child under a chain of friends (up to `hops` ties) that reaches someone
        z earlier than the child: z is outside the child's subtree, so the chain is rehung
        from z down to the child. The chain's citizens all came after the child (else a
        shorter chain would have been found), so their numbers only move down, evenly
        between z's and the child's, and every parent still comes before its child."""
        rank, width = self._rank, self.width
        plans = []
        left = child
        level = left[:, None]
        alive = np.ones((left.size, 1), bool)
        levels: list[np.ndarray] = []
        for _ in range(hops):
            step = self.rows[level]
            real = np.arange(width) < self.degree[level][..., None]
            level = step.reshape(left.size, -1)
            alive = (alive[..., None] & real).reshape(left.size, -1) & (level != left[:, None])
            levels.append(level)
            ok = alive & (rank[level] < rank[left][:, None])
            found = ok.any(axis=1)
            if found.any():
                picks = np.argmax(ok[found], axis=1)
                plans.append(_chain(left[found], [lv[found] for lv in levels], picks, width))
            keep = ~found
            left, level, alive = left[keep], level[keep], alive[keep]
            levels = [lv[keep] for lv in levels]
            if left.size == 0:
                break
        singles, later = _disjoint(plans)
        if not self._apply_chains(singles):
            return False
        return all(self._search_earlier(c) for c in [*left.tolist(), *later])

    def _search_earlier(self, child: int, limit: int = 20_000) -> bool:
        """Breadth-first from the child until someone earlier turns up (then rehang the path
        like a chain), or give up after `limit` citizens and let the caller recount."""
        rank = self._rank
        came_from = {child: -1}
        frontier = np.array([child])
        while frontier.size and len(came_from) < limit:
            friends = self.rows[frontier]
            real = np.arange(self.width)[None, :] < self.degree[frontier][:, None]
            nodes, index = np.unique(friends[real], return_index=True)
            preds = np.repeat(frontier, self.degree[frontier])[index]
            fresh = np.array([n not in came_from for n in nodes.tolist()], bool)
            nodes, preds = nodes[fresh], preds[fresh]
            came_from.update(zip(nodes.tolist(), preds.tolist(), strict=True))
            earlier = np.flatnonzero(rank[nodes] < rank[child])
            if earlier.size:
                path = [int(nodes[earlier[0]])]
                while came_from[path[-1]] != child:
                    path.append(came_from[path[-1]])
                chain = [np.array([n]) for n in reversed(path)]
                return self._apply_chains([(np.array([child]), chain)])
            frontier = nodes
        return False

    def _apply_chains(self, plans: list[tuple[np.ndarray, list[np.ndarray]]]) -> bool:
        if not plans:
            return True
        moved = np.concatenate([np.concatenate([c, *chain[:-1]]) for c, chain in plans])
        if np.unique(moved).size != moved.size:
            return False
        rank, parent = self._rank, self._parent
        for child, chain in plans:
            top, bottom, steps = rank[chain[-1]], rank[child], len(chain)
            for k, node in enumerate(chain[:-1]):
                rank[node] = top + (bottom - top) * (steps - 1 - k) / steps
            for lower, upper in zip([child, *chain[:-1]], chain, strict=True):
                parent[lower] = upper
        return True


def _disjoint(
    plans: list[tuple[np.ndarray, list[np.ndarray]]],
) -> tuple[list[tuple[np.ndarray, list[np.ndarray]]], list[int]]:
    """Chains that share no rehung citizen, one per child; children whose chain overlaps
    an earlier one are returned to be searched again one by one."""
    seen: set[int] = set()
    singles, later = [], []
    for child, chain in plans:
        for r in range(child.size):
            nodes = [int(child[r]), *(int(c[r]) for c in chain[:-1])]
            if seen.isdisjoint(nodes):
                seen.update(nodes)
                singles.append((child[r : r + 1], [c[r : r + 1] for c in chain]))
            else:
                later.append(int(child[r]))
    return singles, later


def _chain(
    child: np.ndarray, levels: list[np.ndarray], pick: np.ndarray, width: int
) -> tuple[np.ndarray, list[np.ndarray]]:
    """The path child -> chain[0] -> ... -> chain[-1] behind each picked candidate."""
    rows, depth = np.arange(child.size), len(levels)
    chain = [levels[k][rows, pick // width ** (depth - 1 - k)] for k in range(depth)]
    return child, chain


def small_world_edges(
    n: int, mean_degree: int, shortcuts: float, rng: np.random.Generator, slack: int = 4
) -> tuple[np.ndarray, np.ndarray, int]:
    """The ties of `Network.small_world` and the row width to hold them, before indexing."""
    half = max(1, min(mean_degree // 2, (n - 1) // 2))
    u = np.repeat(np.arange(n, dtype=np.int64), half)
    v = (u + np.tile(np.arange(1, half + 1), n)) % n
    u, v = _swap_edges(u, v, shortcuts, rng)
    return u, v, 2 * half + slack


def _swap_edges(
    u: np.ndarray, v: np.ndarray, share: float, rng: np.random.Generator
) -> tuple[np.ndarray, np.ndarray]:
    """Swap endpoints between random pairs of a share of the edges (degrees stay the same)."""
    picked = np.flatnonzero(rng.random(u.size) < share)
    picked = rng.permutation(picked)
    pairs = picked[: picked.size // 2 * 2].reshape(-1, 2)
    a, b = pairs[:, 0], pairs[:, 1]
    flip = rng.random(a.size) < 0.5
    ub = np.where(flip, v[b], u[b])
    vb = np.where(flip, u[b], v[b])
    ua, va = u[a], v[a]
    good = (ua != vb) & (ub != va)
    a, b = a[good], b[good]
    u, v = u.copy(), v.copy()
    v[a], u[b], v[b] = vb[good], ub[good], va[good]
    return u, v
