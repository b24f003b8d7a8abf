"""The society's friendship network: fixed-width neighbour rows that double as a CSR matrix.

Each citizen owns a row of `width` slots; the first `degree[i]` hold friends, the rest hold
the citizen's own index (a self-loop, harmless to components and subtracted from sums).
Because every row has the same width, the rows are a CSR matrix without copying, and a tie
can be cut or made by writing two slots, so the network can change every day.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any

import numpy as np

from game.sim.society.halves import Halves

SPARSE_FROM = 50_000
"""From this many citizens friend sums use scipy's sparse product."""
MEND_HOPS = 8
"""Longest chain of friends searched when mending the spanning tree (then: recount)."""
MEND_FRONTIER = 200_000
"""Most citizens the mending search holds at once before it gives up and recounts."""
MEND_ROUNDS = 4
MEND_CLIMB = 64
"""Most ancestors climbed from a friend when mending the spanning tree."""
MEND_GAP = 1e-6
"""Least gap between the numbers of a chain's ends: the citizens between are numbered
evenly in it, and floats this far apart still leave each its own number."""


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
        self.ends = int(degree.sum(dtype=np.int64))
        """Tie ends (twice the ties): a rewiring moves an end, so this never changes."""
        self.loners = int(np.count_nonzero(degree == 0))
        """Citizens without a friend, kept by `rewire` (most days there are none)."""
        n, width = rows.shape
        self.n, self.width = n, width
        self._matrix: Any = None
        self._data: dict[str, np.ndarray] = {}
        """0/1 per slot (1: a friend) in each type a product has used, made when first
        needed: a product reads data and values in one type, and `rewire` writes each."""
        self._indptr = np.zeros(0, np.int32)
        self._unit: dict[str, np.ndarray] = {}
        """Ones in each type `add_to_friends` has used (as long as the most rows it read)."""
        self._labels: np.ndarray | None = None
        self._outside = self._next_label = 0
        """Citizens outside the largest component (0: every change is inside it)."""
        self._sizes = np.zeros(0, np.int64)
        """Citizens per component label (0 for labels no longer used)."""
        self._mending: Future[None] | None = None
        """The components being brought up to date on the helper after a rewiring."""
        self._mark = np.zeros(n, bool)
        """Scratch flags, all False between uses."""
        self._stamp = np.zeros(n, np.int32)
        """Scratch positions for finding citizens named twice in a batch (no sort)."""
        self.recomputes = 0
        """How often the components were computed from scratch (a benchmark figure)."""
        self.halves: Halves | None = None
        """When set, the helper mends the components after a rewiring (`Halves.start`)."""
        self.sharing: Halves | None = None
        """When set, both threads share the rows of sparse products (`Halves.shared`)."""

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
        stages = cls.built(n, u, v, width)
        while True:
            try:
                next(stages)
            except StopIteration as finished:
                network: Network = finished.value
                return network

    @classmethod
    def built(
        cls, n: int, u: np.ndarray, v: np.ndarray, width: int
    ) -> Generator[None, None, Network]:
        """`from_edges` in short stages (a view builds it across frames); returns the network."""
        u, v = np.asarray(u, np.int64), np.asarray(v, np.int64)
        keep = u != v
        key = np.minimum(u[keep], v[keep]) * n + np.maximum(u[keep], v[keep])
        key.sort()
        yield
        key = key[_firsts(key)]
        lo, hi = (key // n).astype(np.int32), (key % n).astype(np.int32)
        yield
        degree = np.bincount(lo, minlength=n) + np.bincount(hi, minlength=n)
        width = max(width, int(degree.max(initial=0)))
        rows = np.repeat(np.arange(n, dtype=np.int32)[:, None], width, axis=1)
        # The lo ends come sorted; each citizen's ties as the higher end follow its own.
        first = np.bincount(lo, minlength=n)
        starts = np.concatenate([[0], np.cumsum(first)[:-1]])
        rows[lo, np.arange(lo.size) - np.repeat(starts, first)] = hi
        yield
        order = np.argsort(hi, kind="stable")
        by_hi, from_lo = hi[order], lo[order]
        later = np.bincount(by_hi, minlength=n)
        starts = np.concatenate([[0], np.cumsum(later)[:-1]])
        rows[by_hi, first[by_hi] + np.arange(by_hi.size) - np.repeat(starts, later)] = from_lo
        return cls(rows, degree.astype(np.int32))

    # reading ----------------------------------------------------------------------------
    @property
    def matrix(self) -> Any:
        """The rows as a scipy CSR matrix sharing their memory (edits show in it). Slots past
        a citizen's degree hold 0 in its data, so a product sums friends alone; `rewire`
        keeps those zeros in step with the degrees."""
        if self._matrix is None:
            import scipy.sparse as sp  # here, not at import: most of the game never needs it

            data, flat, n = self._ones(np.dtype(np.int32)), self.rows.reshape(-1), self.n
            self._matrix = sp.csr_matrix((data, flat, self._indptr), shape=(n, n), copy=False)
            self._matrix.indices, self._matrix.data = flat, data  # share memory, not copies
        return self._matrix

    def _ones(self, dtype: np.dtype[Any]) -> np.ndarray:
        """The 0/1 slot data in this type (made on first use; only the types used are kept
        up to date, so a population summed in 16 bits never holds a 32-bit copy)."""
        if dtype.str not in self._data:
            n, width = self.n, self.width
            self._indptr = np.arange(0, n * width + 1, width, dtype=np.int32)
            real = np.arange(width, dtype=np.int32)[None, :] < self.degree[:, None]
            self._data[dtype.str] = real.astype(dtype).reshape(-1)
        return self._data[dtype.str]

    def neighbour_sums(
        self,
        values: np.ndarray,
        out: np.ndarray | None = None,
        first: Callable[[], None] | None = None,
    ) -> np.ndarray:
        """Sum of `values` over each citizen's friends (into `out` if given): one sparse
        product for large networks, a plain gather below SPARSE_FROM citizens (as fast
        there, and the game's own views never load scipy). `first` is other work to do
        before: with `sharing`, the helper starts on the rows meanwhile (so it must not
        change the network, `values` or `out`)."""
        kernel = self.n >= SPARSE_FROM and (out is None or out.dtype == values.dtype)
        if first is not None and (self.sharing is None or not kernel):
            first()
            first = None
        if self.n < SPARSE_FROM:
            total: np.ndarray = values.take(self.rows).sum(axis=1, dtype=values.dtype, out=out)
            total -= (self.width - self.degree).astype(values.dtype) * values
            return total
        if out is not None and out.dtype != values.dtype:
            product: np.ndarray = self.matrix @ values
            return product
        data = self._ones(values.dtype)  # the kernel reads data and values in one type
        total = np.zeros(self.n, values.dtype) if out is None else out
        if out is not None:
            total.fill(0)
        if self.sharing is None:
            self._sum_rows(slice(None), data, values, total)
        else:
            self.sharing.shared(self.n, lambda p: self._sum_rows(p, data, values, total), first)
        return total

    def _sum_rows(self, part: slice, data: np.ndarray, values: np.ndarray, out: np.ndarray) -> None:
        """The sparse product for a run of rows into out[part]: rows are fixed-width, so the
        first row pointers serve any run of rows."""
        start, end, _ = part.indices(self.n)
        slots = slice(start * self.width, end * self.width)
        flat = self.rows.reshape(-1)
        _csr_matvec(end - start, self.n, self._indptr, flat[slots], data[slots], values, out[part])

    def add_to_friends(self, who: np.ndarray, values: np.ndarray, out: np.ndarray) -> None:
        """Add values[k] to `out` at every friend of who[k] (all three of one integer type;
        each citizen named once): the transposed sparse product over those citizens' rows,
        so no list of their friends is made. Every slot counts, so the spare ones (holding
        the citizen itself) are taken back after. Loads scipy."""
        rows = np.take(self.rows, who, axis=0)
        starts = np.arange(0, rows.size + 1, self.width, dtype=np.int32)
        unit = self._unit.get(values.dtype.str, values[:0])
        if unit.size < rows.size:
            unit = self._unit[values.dtype.str] = np.ones(2 * rows.size, values.dtype)
        _csc_matvec(self.n, who.size, starts, rows.reshape(-1), unit, values, out)
        spare = self.width - self.degree.take(who)
        out[who] -= spare.astype(values.dtype) * values

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
        for _ in self.counted():
            pass
        assert self._labels is not None
        return self._labels

    def counted(self) -> Iterator[None]:
        """Count the components from scratch if they are not known, a stage per large
        component: a breadth-first search from each citizen not yet reached, the largest
        component's search kept as the spanning tree."""
        self._mended()
        if self._labels is not None:
            return
        labels = np.full(self.n, -1, np.int32)
        lone = np.flatnonzero(self.degree == 0)
        labels[lone] = np.arange(lone.size, dtype=np.int32)
        label, best = lone.size, (np.zeros(0, np.int64), np.zeros(0, np.int64))
        start, self._giant = 0, 0
        claim = np.full(self.n, -1, np.int64)
        """Who reached each citizen first (-1: not reached yet)."""
        while True:
            unreached = np.flatnonzero(labels[start:] < 0)
            if unreached.size == 0:
                break
            start += int(unreached[0])
            order, parent = self._breadth_first(start, claim)
            labels[order] = label
            label += 1
            if order.size > best[0].size:
                best = order, parent
                self._giant = label - 1
            if order.size > 1000:
                yield
        order, parent = best
        self._rank = np.full(self.n, -1.0)
        self._rank[order] = np.arange(order.size, dtype=np.float64)
        self._parent = np.full(self.n, -9999, np.int64)
        self._parent[order] = parent
        self._labels = labels
        self._outside = self.n - order.size
        self._next_label = label
        self._sizes = np.bincount(labels, minlength=label).astype(np.int64)
        self.recomputes += 1
        yield

    def _breadth_first(self, root: int, claim: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Everyone reachable from root in breadth-first order, and who reached each first
        (the root's own entry is -9999); `claim` marks who has been reached."""
        claim[root] = root
        order, parent = [np.array([root])], [np.array([-9999])]
        frontier = order[0]
        while frontier.size:
            degree = self.degree[frontier]
            nodes = np.take(self.rows, frontier, axis=0)[np.arange(self.width) < degree[:, None]]
            came = np.repeat(frontier, degree)
            fresh = claim[nodes] < 0
            nodes, came = nodes[fresh], came[fresh]
            claim[nodes[::-1]] = np.arange(nodes.size)[::-1]  # the first to reach it wins
            first = claim[nodes] == np.arange(nodes.size)
            frontier = nodes[first]
            claim[frontier] = came[first]
            order.append(frontier)
            parent.append(came[first])
        return np.concatenate(order), np.concatenate(parent)

    # changing ---------------------------------------------------------------------------
    def random_friend(
        self, who: np.ndarray, rng: np.random.Generator
    ) -> tuple[np.ndarray, np.ndarray]:
        """For each citizen given (all with at least one friend): a random slot and its friend."""
        slot = (rng.random(who.size) * self.degree[who]).astype(np.int32)
        return slot, self.rows[who, slot]

    def has_tie(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        tied = np.zeros(a.size, bool)
        tied[self._slots_holding(a, b) // self.width] = True
        tied &= a != b
        return tied

    def _slots_holding(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """Flat positions (pair k x width + slot) where row a[k] holds b[k], ascending.
        A row gather by `take` and `flatnonzero` are several times faster than fancy
        indexing and a reduction along the short rows."""
        found: np.ndarray = np.flatnonzero(np.take(self.rows, a, axis=0) == b[:, None])
        return found

    def rewire(
        self,
        i: np.ndarray,
        slot: np.ndarray,
        new: np.ndarray,
        old: np.ndarray | None = None,
        held: np.ndarray | None = None,
        then: Callable[[Rewired], None] | None = None,
    ) -> Rewired:
        """Citizen i drops the friend in `slot` and befriends `new` instead (`old` and `held`:
        that friend and i's whole row, if the caller has read them already).

        Changes are applied only where they touch disjoint rows (at most one change per
        citizen per batch), so a vectorised batch never writes one slot twice; the rest are
        dropped and their citizens simply try again on a later day. `then` is the caller's
        own work on the changes. With `halves` the helper brings the components up to date
        meanwhile and after: until they are asked for or the ties change again, anything
        may read the ties, but nothing may change them.
        """
        self._mended()
        flat, width = self.rows.reshape(-1), self.width  # flat indices: cheaper than pairs
        old = flat.take(i * width + slot) if old is None else old
        held = np.take(self.rows, i, axis=0) if held is None else held
        room = self.degree.take(new)
        ok = (new != i) & (new != old) & (room < width)
        ok[np.flatnonzero(held == new[:, None]) // width] = False  # already friends
        i, slot, old, new, room = i[ok], slot[ok], old[ok], new[ok], room[ok]
        touched = np.concatenate([i, old, new])
        order = np.arange(touched.size, dtype=np.int32)
        stamp = self._stamp
        stamp[touched] = order  # a citizen named twice keeps one of its positions
        stamp[touched[stamp.take(touched) != order]] = -1  # then all of them lose it
        ok = (stamp.take(touched) >= 0).reshape(3, -1).all(axis=0)
        i, slot, old, new, room = i[ok], slot[ok], old[ok], new[ok], room[ok]
        if i.size == 0:
            changed = Rewired(i, old, new)
            if then is not None:
                then(changed)
            return changed
        flat[i * width + slot] = new
        where = old * width + self._slots_holding(old, i) % width  # i is in old's row once
        last = old * width + self.degree.take(old) - 1
        flat[where] = flat.take(last)
        flat[last] = old
        self.degree[old] -= 1
        gained = new * width + room  # new's degree: no one in the batch changed it
        flat[gained] = i
        self.degree[new] += 1
        self.loners += int(np.count_nonzero(last == old * width))  # left with no friend
        self.loners -= int(np.count_nonzero(gained == new * width))  # first friend
        for data in self._data.values():
            data[last], data[gained] = 0, 1
        changed = Rewired(i, old, new)
        if self.halves is None:
            self._forget_components(i, old, new)
        else:
            forget = self._forget_components
            self._mending = self.halves.start(lambda: forget(i, old, new))
        if then is not None:
            then(changed)
        return changed

    def _mended(self) -> None:
        """Wait for the components being brought up to date on the helper, if they are."""
        mending, self._mending = self._mending, None
        if mending is not None:
            mending.result()

    def _forget_components(self, i: np.ndarray, old: np.ndarray, new: np.ndarray) -> None:
        """Keep the labels if the spanning tree can be mended around every dropped tie;
        a citizen left with no friend becomes a component of one, and a loner befriended
        from the largest component joins it."""
        if self._labels is None:
            return
        labels, giant = self._labels, self._giant
        if self._outside:
            joined = (labels[new] != giant) & (self.degree[new] == 1)
            if joined.any():
                self._join(new[joined], i[joined])
            if self._labels is None or (labels[np.concatenate([i, old, new])] != giant).any():
                self._labels = None  # a change outside the largest component: recount
                return
        parent, rank = self._parent, self._rank
        child = np.concatenate([old[parent[old] == i], i[parent[i] == old]])
        alone = child[self.degree[child] == 0]
        if alone.size:
            self._new_components(alone, np.arange(alone.size))  # one component each
        child = child[self.degree[child] > 0]
        if child.size == 0:
            return
        friends = np.take(self.rows, child, axis=0)
        real = np.arange(self.width)[None, :] < self.degree.take(child)[:, None]
        earlier = real & (rank.take(friends) < rank.take(child)[:, None])
        hits = np.flatnonzero(earlier)  # the first earlier friend in each row that has one
        first = hits[_firsts(hits // self.width)]
        found = np.zeros(child.size, bool)
        found[first // self.width] = True
        parent[child.take(first // self.width)] = friends.ravel().take(first)
        if not found.all() and not self._mend(child[~found]):
            self._labels = None

    def _new_components(self, nodes: np.ndarray, which: np.ndarray) -> None:
        """Move citizens out of the largest component into new components (`which`
        numbers them from 0 up; citizens with the same number share one)."""
        assert self._labels is not None
        count = int(which.max()) + 1
        self._labels[nodes] = self._next_label + which
        self._next_label += count
        self._sizes = np.concatenate([self._sizes, np.bincount(which, minlength=count)])
        self._sizes[self._giant] -= nodes.size
        self._rank[nodes], self._parent[nodes] = -1.0, -9999
        self._outside += nodes.size

    def component_sizes(self) -> np.ndarray:
        """Citizens in each connected component (an isolated citizen counts as one)."""
        self.components()
        sizes: np.ndarray = self._sizes[self._sizes > 0]
        return sizes

    def _join(self, loners: np.ndarray, hosts: np.ndarray) -> None:
        """Citizens who had no friend and now have one join that friend's component."""
        labels = self._labels
        if labels is None:
            return
        ordered = np.sort(loners)
        if (labels[hosts] != self._giant).any() or not _firsts(ordered).all():
            self._labels = None
            return
        self._sizes[labels[loners]] = 0
        self._sizes[self._giant] += loners.size
        labels[loners] = self._giant
        self._outside -= loners.size
        self._parent[loners] = hosts
        self._rank[loners] = self._rank.max() + 1 + np.arange(loners.size)

    def _mend(self, child: np.ndarray) -> bool:
        """Hang each child (left with no earlier friend) under the nearest chain of friends
        that reaches someone z earlier than it; False when some cannot be (then recount).

        z is outside the child's subtree, so the chain is rehung from z down to the child.
        The chain's citizens all came after the child (else a shorter chain would have been
        found), so their numbers only move down, evenly between z's and the child's, and
        every parent still comes before its child. A child whose search runs out of friends
        to visit has been cut off with everyone it reached: they become a new component.
        Children waiting to be hung are flagged, since their parent tie may be gone.
        """
        pending = self._mark
        pending[child] = True
        try:
            for _ in range(MEND_ROUNDS):
                plans, rest = self._up_from_friends(child)
                if rest.size:
                    more, rest = self._up_from_friends(rest, hops=2)
                    plans += more
                if rest.size:
                    found, pieces, lost = self._nearest_earlier(rest)
                    if lost:
                        return False
                    plans += found
                    if pieces:
                        plans = self._split_off(pieces, plans)
                pending[child] = False
                child = self._apply_chains(plans) if plans else child[:0]
                pending[child] = True
                if child.size == 0:
                    return True
            return False
        finally:
            pending[child] = False

    def _split_off(
        self, pieces: list[np.ndarray], plans: list[list[np.ndarray]]
    ) -> list[list[np.ndarray]]:
        """Citizens no longer connected to the largest component form a component each
        piece (two children cut off together share one); returns the plans for children
        still in the largest component."""
        labels = self._labels
        assert labels is not None
        for nodes in pieces:
            if labels[nodes[0]] != self._giant:
                continue
            self._new_components(nodes, np.zeros(nodes.size, np.int64))
        kept = [[step[labels[path[0]] == self._giant] for step in path] for path in plans]
        return [path for path in kept if path[0].size]

    def _up_from_friends(
        self, child: np.ndarray, hops: int = 1
    ) -> tuple[list[list[np.ndarray]], np.ndarray]:
        """Chains that climb the tree: from a later friend f (or, with two hops, a friend of
        a friend reached through d) up through f's ancestors to the first citizen earlier
        than the child. f is outside the child's subtree exactly when that climb does not
        pass through the child. Returns the shortest chain per child, and the children for
        whom no climb got there."""
        rank, pending = self._rank, self._mark
        owner, x = np.arange(child.size), child
        via: list[np.ndarray] = []
        for _ in range(hops):
            degree = self.degree[x]
            real = np.arange(self.width) < degree[:, None]
            owner = np.repeat(owner, degree)
            via = [*(np.repeat(step, degree) for step in via), np.repeat(x, degree)]
            x = np.take(self.rows, x, axis=0)[real]
        via = via[1:]  # the first is the child itself
        if via:  # d moves up the chain: only a later one keeps every parent first
            keep = (rank[via[0]] > rank[child][owner]) & ~pending[via[0]]
            owner, x, via = owner[keep], x[keep], [via[0][keep]]
        # Sorted and deduplicated by hand: np.unique imports a module on first use (14 ms).
        guarded = np.sort(np.concatenate(via)) if via else x[:0]
        guarded = guarded[_firsts(guarded) & ~pending[guarded]]
        pending[guarded] = True  # a climb through its own d would visit d twice
        try:
            return self._climb(child, owner, via, x)
        finally:
            pending[guarded] = False

    def _climb(
        self, child: np.ndarray, owner: np.ndarray, via: list[np.ndarray], x: np.ndarray
    ) -> tuple[list[list[np.ndarray]], np.ndarray]:
        """Climb from each x (a start for child[owner]) to the first citizen earlier than its
        child, never through a flagged one (its parent tie may be one just cut)."""
        rank, parent, pending = self._rank, self._parent, self._mark
        walked, bar = [x], rank[child][owner] - MEND_GAP
        alive = ~pending[x]
        reached = alive & (rank[x] < bar)
        ends = np.where(reached, 0, -1)
        solved = np.zeros(child.size, bool)
        solved[owner[reached]] = True
        alive &= ~solved.take(owner)
        for step in range(1, MEND_CLIMB + 1):
            if not alive.any():
                break
            x = np.where(alive, parent[x], x)
            walked.append(x)
            reached = alive & (rank[x] < bar)
            alive &= ~pending[x]
            if reached.any():  # a child's other climbs can only find longer chains now
                ends[reached] = step
                solved[owner[reached]] = True
                alive &= ~solved.take(owner)
        ok = ends >= 0
        best = np.full(child.size, MEND_CLIMB + 1)
        np.minimum.at(best, owner[ok], ends[ok])
        pick = np.flatnonzero(ok & (ends == best[owner]))
        pick = pick[_firsts(owner[pick])]
        plans = []
        for length in sorted(set(ends[pick].tolist())):
            w = pick[ends[pick] == length]
            steps = [step[w] for step in via] + [walked[k][w] for k in range(length + 1)]
            plans.append([child[owner[w]], *steps])
        return plans, child[best > MEND_CLIMB]

    def _nearest_earlier(
        self, child: np.ndarray
    ) -> tuple[list[list[np.ndarray]], list[np.ndarray], bool]:
        """A breadth-first search from every child at once, one hop per round, each keeping
        its own visited set (keys child-number x n + citizen). Returns the paths found (per
        hop count, [child, x1, ..., z]), the citizens each exhausted search reached (a piece
        cut off), and whether some search ran out of bounds."""
        n, rank, width = self.n, self._rank, self.width
        before = rank[child] - MEND_GAP
        source, frontier = np.arange(child.size), child
        seen = np.sort(source * n + frontier)
        levels: list[tuple[np.ndarray, np.ndarray]] = []
        plans: list[list[np.ndarray]] = []
        pieces: list[np.ndarray] = []
        for _ in range(MEND_HOPS):
            searching = source[_firsts(source)]
            degree = self.degree[frontier]
            real = np.arange(width) < degree[:, None]
            nodes = np.take(self.rows, frontier, axis=0)[real]
            came = np.repeat(frontier, degree)
            keys = np.repeat(source, degree) * n + nodes
            order = np.argsort(keys)
            keys, came = keys[order], came[order]
            fresh = ~_sorted_has(seen, keys)
            fresh[1:] &= keys[1:] != keys[:-1]
            keys, came = keys[fresh], came[fresh]
            levels.append((keys, came))
            source, frontier = keys // n, keys % n
            for ended in searching[~_sorted_has(source, searching)].tolist():
                lo, hi = np.searchsorted(seen, [ended * n, (ended + 1) * n])
                pieces.append(seen[lo:hi] % n)
            hit = rank[frontier] < before[source]
            if hit.any():
                plans.append(self._paths(levels, keys[hit], child))
                left = ~_sorted_has(source[hit], source)
                source, frontier = source[left], frontier[left]
            if frontier.size == 0 or frontier.size > MEND_FRONTIER:
                break
            seen = np.sort(np.concatenate([seen, keys]))
        return plans, pieces, frontier.size > 0

    def _paths(
        self, levels: list[tuple[np.ndarray, np.ndarray]], ends: np.ndarray, child: np.ndarray
    ) -> list[np.ndarray]:
        """[child, x1, ..., z] for the first earlier citizen z each source reached."""
        n = self.n
        source = ends // n
        first = _firsts(source)
        source = source[first]
        path = [ends[first] % n]
        for keys, came in reversed(levels):
            at = np.searchsorted(keys, source * n + path[-1])
            path.append(came[at])
        path[-1] = child[source]  # the level-0 step lands on the child itself
        return path[::-1]

    def _apply_chains(self, plans: list[list[np.ndarray]]) -> np.ndarray:
        """Rehang every chain; chains that would move a citizen another one moves are hung
        one by one after the rest, and those then clashing wait (their children returned)."""
        moved = np.sort(np.concatenate([np.concatenate(path[:-1]) for path in plans]))
        twice = moved[1:][moved[1:] == moved[:-1]]
        if twice.size == 0:
            self._rehang(plans)
            return moved[:0]
        clashing, kept = [], []
        for path in plans:
            clash = np.zeros(path[0].size, bool)
            for step in path[:-1]:
                clash |= _sorted_has(twice, step)
            kept.append([step[~clash] for step in path])
            clashing += [[int(step[r]) for step in path] for r in np.flatnonzero(clash)]
        self._rehang(kept)
        taken: set[int] = set()
        waiting = []
        for row in clashing:
            if taken.isdisjoint(row[:-1]):
                taken.update(row[:-1])
                self._rehang([[np.array([node]) for node in row]])
            else:
                waiting.append(row[0])
        return np.array(waiting, dtype=np.int64)

    def _rehang(self, paths: list[list[np.ndarray]]) -> None:
        """Hang path[0] under path[1] under ... path[-1], numbering the middle evenly, for
        chains that move disjoint citizens. Every number read is taken before any is
        written: moved numbers only go down, so an old one read is still a valid bound."""
        rank, parent = self._rank, self._parent
        nodes, numbers, lower, upper = [], [], [], []
        for path in paths:
            chain = np.concatenate(path).reshape(len(path), -1)  # step x chain
            bottom, top = rank.take(chain[0]), rank.take(chain[-1])
            steps = len(path) - 1
            share = (np.arange(1.0, steps) / steps)[:, None]
            nodes.append(chain[1:-1].ravel())
            numbers.append((bottom + (top - bottom) * share).ravel())
            lower.append(chain[:-1].ravel())
            upper.append(chain[1:].ravel())
        rank[np.concatenate(nodes)] = np.concatenate(numbers)
        parent[np.concatenate(lower)] = np.concatenate(upper)


def _csr_matvec(*args: Any) -> None:
    """scipy's CSR product kernel, adding into a given output array (no new array and no
    checks per call; the product sums rows of 0/1 data over the values)."""
    from scipy.sparse import _sparsetools

    _sparsetools.csr_matvec(*args)


def _csc_matvec(*args: Any) -> None:
    """scipy's CSC product kernel, adding into a given output array: each column's values
    times its entry of the vector are added at the column's rows."""
    from scipy.sparse import _sparsetools

    _sparsetools.csc_matvec(*args)


def _firsts(ordered: np.ndarray) -> np.ndarray:
    """Where each run of equal values in a sorted array starts."""
    first: np.ndarray = np.ones(ordered.size, bool)
    first[1:] = ordered[1:] != ordered[:-1]
    return first


def _sorted_has(ordered: np.ndarray, keys: np.ndarray) -> np.ndarray:
    """Whether each key is in the sorted array."""
    if ordered.size == 0:
        return np.zeros(keys.shape, bool)
    at = np.minimum(np.searchsorted(ordered, keys), ordered.size - 1)
    found: np.ndarray = ordered[at] == keys
    return found


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
