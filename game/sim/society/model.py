"""The population model: N citizens living under a level's rules, one vectorised day at a time.

Each day every citizen may do each scored act (post praise, buy games...) with their own
chance; on a day they follow the score instead of their own habits (a share `conditioned`
that grows with every rewarded or punished act: operant conditioning) they do what the score
rewards and nothing it punishes. Friends' scores pull, low-scoring friends cost points,
tiers bring restrictions that cut income and options, and some citizens drop a friend
below a line the regime draws and befriend someone at least as high.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np

from game.core.level import Level
from game.sim.society.acts import Acts, chance_bytes, hit_by_chance
from game.sim.society.friends import Friends
from game.sim.society.halves import (
    SHARED_SUMS_FROM,
    TWO_HALVES_FROM,
    Halves,
    in_parts,
    side_by_side,
)
from game.sim.society.measures import (
    assortativity_of,
    gini_from_counts,
    percentiles_from_counts,
    value_at_rank,
)
from game.sim.society.network import Network, Rewired, small_world_edges
from game.sim.society.regime import Channel, Regime, compile_regime
from game.sim.society.result import SocietyResult

MIN_CITIZENS, MAX_CITIZENS = 100, 2_000_000
MAX_DAYS = 365
CANDIDATES = 8
"""Strangers a citizen looks at when replacing a dropped friend."""
_INCOME_CAP = 50
"""No citizen's base income is above this many times the level's income."""
INCOME_STEPS = 1 << 16
"""Incomes are counted in units of money chosen so that the highest income possible is at
most this many units: a level paying a billion a day keeps an income histogram of bounded
size. Up to this many units (every shipped level) a unit is 1: incomes are exact."""
_TAGS_IN_TABLE = 6
"""Penalising rules with tags folded into the tie-cutting table (it doubles with each)."""
_ONE = 65536
"""Daily draws that need no more than 16 bits of chance compare a 16-bit random number."""


def check_size(citizens: int, days: int) -> None:
    """ValueError with one line for the user when a run is out of the documented limits."""
    if not MIN_CITIZENS <= citizens <= MAX_CITIZENS:
        raise ValueError(f"citizens must be {MIN_CITIZENS} to {MAX_CITIZENS}, not {citizens}")
    if not 1 <= days <= MAX_DAYS:
        raise ValueError(f"days must be 1 to {MAX_DAYS}, not {days}")


@dataclass(frozen=True)
class _ByScores:
    """What a day's measures read from the scores alone (not the ties)."""

    flags: list[np.ndarray]
    """Each citizen's packed flags (`Friends.flags_of`)."""
    incomes: np.ndarray
    """How many citizens have each income."""
    conditioned: float
    """The mean share of days citizens follow the score."""


@dataclass(frozen=True)
class _Draws:
    """One day's random draws (none depends on the day before)."""

    draws: np.ndarray
    """Two 16-bit draws per citizen: follow the score today; act at all today."""
    own: np.ndarray
    """A byte per citizen and act, compared with their chance of it."""
    hits: list[np.ndarray]
    """Per chance rule, the citizens it hits today."""
    cutters: np.ndarray
    """The citizens who consider dropping a friend today."""
    slots: np.ndarray
    """A 16-bit draw per cutter: which of their friends they consider."""
    strangers: np.ndarray
    """CANDIDATES strangers per cutter, for those who drop a friend."""


class Society:
    """A population living under one regime; `step()` runs one day and records its measures."""

    def __init__(
        self,
        level: Level,
        citizens: int,
        days: int,
        rng: np.random.Generator,
        *,
        staged: bool = False,
        components: bool = True,
        halves: bool | None = None,
    ) -> None:
        """Build the population at once, or with `staged` leave `build` to be stepped.

        `components=False` skips the connected components (recorded as NaN): the benchmark
        uses it to show what that one measure costs. `halves` splits each day's work in two
        halves run at once (None: from TWO_HALVES_FROM citizens; the friend sums alone are
        shared from SHARED_SUMS_FROM); the results are the same.
        """
        check_size(citizens, days)
        self.level, self.n, self.days, self.rng = level, citizens, days, rng
        self.measure_components = components
        self._in_halves = citizens >= TWO_HALVES_FROM if halves is None else halves
        self.day = 0
        self.build = self._stages()
        """Setup in short stages (views step it across frames); exhausted when ready."""
        if not staged:
            for _ in self.build:
                pass

    def _stages(self) -> Iterator[None]:
        self.regime = regime = compile_regime(self.level)
        setup = regime.society
        yield
        u, v, width = small_world_edges(self.n, setup.mean_degree, setup.shortcuts, self.rng)
        yield
        self.network = yield from Network.built(self.n, u, v, width)
        yield
        yield from self._init_citizens(regime)
        self.friends = Friends(regime, self.tags, self.network.width, self.n)
        self._halves = Halves(self.n) if self._in_halves else None
        self.network.halves = self._halves
        shares = self._halves is None and self.n >= SHARED_SUMS_FROM
        self.network.sharing = Halves(self.n) if shares else self._halves
        self._init_tables(regime)
        self._records: dict[str, list[Any]] = {}
        self._early: _ByScores | None = None
        self._bottom: np.ndarray | None = None
        self._critical_today = self._expected_critical()
        yield
        if self.measure_components:
            yield from self.network.counted()
        self._measure()

    # setup ------------------------------------------------------------------------------
    def _init_citizens(self, regime: Regime) -> Iterator[None]:
        rng, n, setup = self.rng, self.n, regime.society
        spread = rng.normal(0.0, setup.start_spread, n) if setup.start_spread else np.zeros(n)
        start = np.rint(regime.start - regime.low + spread)
        self.v = start.clip(0, regime.points - 1).astype(np.intp)
        """Scores from 0, as machine-size integers: numpy's take and bincount read those
        several times faster than int32 (they would convert them first, slowly)."""
        self.conform = _beta(rng, setup.conform, n)
        self._follow_at = np.zeros(n, np.float32)
        """How conditioned each citizen is (0 to 1) times 65536: the 16-bit draw below which
        they follow the score today. Scaling by a power of two is exact in float32, so this
        holds the very numbers the share would, without a multiplication each day."""
        self.acts = acts = Acts.of(regime.channels)
        self.habits = np.zeros((n, 8 * acts.words), np.uint8)
        interest: dict[str, np.ndarray] = {}
        for k, channel in enumerate(acts.channels):
            self.habits[:, k] = self._habit(channel, interest)
            yield
        words = self.habits.view(np.uint64)
        self._switch = words ^ ((words & ~acts.follow) | acts.target)
        """The bits that turn a citizen's own chances into those of a day they follow the
        score (fixed, so made once): multiplied by 0 or 1 and xored in, without a branch."""
        self.chances = [(c.chance, np.float32(c.delta)) for c in regime.channels if c.chance]
        cap = _INCOME_CAP * max(regime.income, 1)
        self._income_unit = unit = _income_unit(cap, regime.income_change)
        base = (
            regime.income * rng.lognormal(0.0, setup.income_spread, n)
            if regime.income
            else np.zeros(n)
        )
        self.base_income = np.clip(np.rint(base / unit), 0, cap // unit).astype(np.int64)
        """In units of `_income_unit` money."""
        self.tags = [
            rng.random(n) < a.tag_share if a.tag_share is not None else None
            for a in regime.associations
        ]
        self._day_rng = np.random.default_rng(rng.bit_generator.random_raw(4))
        """The days' own random stream (seeded from the main one, which only builds): each
        day takes the same share of it whenever it is drawn, so a day's draws can be made
        ahead, during the day before, at no change to any result."""
        self._drawn: _Draws | None = None
        """The next day's draws, when drawn ahead."""

    def _habit(self, channel: Channel, interest: dict[str, np.ndarray]) -> np.ndarray:
        """A citizen's own daily chance of an act; buying shares one interest per tag."""
        mean = self.regime.society.critical if channel.critical else self.regime.society.act_chance
        if channel.critical or not channel.tags or not channel.label.startswith("buy"):
            return chance_bytes(_beta(self.rng, mean, self.n))
        for tag in channel.tags:
            if tag not in interest:
                interest[tag] = _beta(self.rng, mean, self.n)
        return chance_bytes(np.max([interest[t] for t in channel.tags], axis=0))

    def _init_tables(self, regime: Regime) -> None:
        """Per-score tables the day reads, in the types it computes in."""
        self._learning = (regime.society.learning * self.conform).astype(np.float32)
        most = float(self._learning.max(initial=0)) * float(self.acts.count.max(initial=0))
        self._capped = most >= 0.999
        """Whether a day's conditioning can reach past 1 (else the cap is skipped): it adds
        at most that share of what is left to 1."""
        n, words = self.n, self.acts.words
        self._chances = np.zeros((n, words), np.uint64)
        self._done = np.zeros((n, 8 * words), bool)
        self._spare = np.zeros(n, np.float32)
        self._total = np.zeros(n, np.float32)
        self._change = np.zeros(n, np.int32)
        self._key = np.zeros(n, np.intp)
        self._degree_key = self.network.degree * np.intp(regime.points)
        """Each citizen's number of friends times the score points, kept by `_cut_ties`:
        the row of `_by_degree` it counts in."""
        """Work arrays the day reuses (written before each read)."""
        self._active = (
            None
            if regime.act_factor.min() >= 1
            else np.ceil(regime.act_factor * _ONE).astype(np.int32)
        )
        """The 16-bit draw below which a citizen acts at all today, by score: for a whole
        draw d, d < x exactly when d < ceil(x), and whole numbers compare twice as fast."""
        self._daily = regime.daily.astype(np.float32) if regime.daily.any() else None
        self._cut = regime.society.cut_ties
        self._init_fit(regime)
        self._income_tables(regime)

    def _init_fit(self, regime: Regime) -> None:
        """A friend's band by score (and, when penalising rules have tags, by which of those
        tags they carry), -1 where a rule that penalises knowing them counts them."""
        costly = np.zeros(regime.points, bool)
        tagged: list[tuple[np.ndarray, np.ndarray]] = []
        for k, rule in enumerate(regime.associations):
            carriers = self.tags[k]
            if rule.delta < 0 and carriers is None:
                costly |= rule.counts
            elif rule.delta < 0 and carriers is not None:
                tagged.append((rule.counts, carriers))
        self._tagged_apart = tagged[_TAGS_IN_TABLE:]
        """Tagged penalising rules beyond the table's width, checked one by one."""
        tagged = tagged[:_TAGS_IN_TABLE]
        self._tagcode: np.ndarray | None = None
        self._tagcodes = 1 << len(tagged)
        counted = np.zeros((regime.points, self._tagcodes), bool)
        if tagged:
            self._tagcode = np.zeros(self.n, np.intp)
            for j, (counts, carriers) in enumerate(tagged):
                self._tagcode |= carriers.astype(np.intp) << j
                holds = (np.arange(self._tagcodes) >> j) & 1
                counted |= counts[:, None] & holds[None, :].astype(bool)
        counted |= costly[:, None]
        fit = np.where(counted, -1, regime.band[:, None]).T.reshape(-1)  # by tags, then score
        if self._tagcode is not None:
            self._tagcode *= regime.points  # the offset of each citizen's tags in `_fit`
        self._fit = fit.astype(np.int8 if fit.max(initial=0) < 128 else np.int16)
        self._level = np.zeros(self.n, self._fit.dtype)
        """Today's `_fit` entry per citizen."""

    def _income_tables(self, regime: Regime) -> None:
        """Incomes are a citizen's base plus one of a few changes set by the score, so the
        day's income histogram is one count over (change, base) pairs."""
        change = np.rint(regime.income_change / self._income_unit).astype(np.int64)
        self._changes = np.array(sorted(set(change.tolist())), np.int64)
        which = np.searchsorted(self._changes, change)
        self._bases = int(self.base_income.max()) + 1
        self._income_key = (which * self._bases).astype(np.intp)
        self._income_base = self.base_income.astype(np.intp)

    def _expected_critical(self) -> float:
        column = self.acts.critical
        factor = self.regime.act_factor[self.v]
        return float((self.habits[:, column] / 256.0 * factor).mean())

    # one day ----------------------------------------------------------------------------
    @property
    def done(self) -> bool:
        return self.day >= self.days

    def step(self) -> None:
        """One day: acts, conditioning, friends, daily rules, ties cut and made, measures."""
        for _ in self.day_parts():
            pass

    def day_parts(self) -> Iterator[None]:
        """One day in three parts (acts and rules; ties cut and made; measures), so that a
        view can spread a day across frames."""
        drawn, self._drawn = self._drawn or self._day_draws(), None
        draws, own, total = drawn.draws, drawn.own, self._total
        critical = in_parts(self._halves, lambda p: self._acts(draws[p], own[p], p, total[p]))
        self._critical_today = sum(critical) / self.n
        for hit, (_, delta) in zip(drawn.hits, self.chances, strict=True):
            total[hit] += delta
        in_parts(self._halves, lambda p: self._settle(total, p))
        yield
        # The measures that read the scores alone (and, in halves, the next day's draws) are
        # made while ties are cut and made.
        _, self._early = side_by_side(self._halves, lambda: self._cut_ties(drawn), self._ahead)
        yield
        self.day += 1
        self._measure()

    def _day_draws(self) -> _Draws:
        """A day's random draws, made before the work is split in halves."""
        n, rng = self.n, self._day_rng
        bits = rng.bit_generator
        draws = bits.random_raw(-(-n // 2)).view(np.uint16)[: 2 * n].reshape(n, 2)
        own = bits.random_raw(n * self.acts.words).view(np.uint8).reshape(n, -1)
        hits = [hit_by_chance(rng, n, chance) for chance, _ in self.chances]
        cutters = hit_by_chance(rng, n, self._cut)  # a few: drawn by the gaps between
        slots = bits.random_raw(-(-cutters.size // 4)).view(np.uint16)[: cutters.size]
        return _Draws(draws, own, hits, cutters, slots, self._strangers(cutters.size))

    def _ahead(self) -> _ByScores:
        """What can be made while ties change: the measures that read the scores alone,
        and, when the day's work is split, the next day's draws."""
        if self._halves is not None and self.day + 1 < self.days:
            self._drawn = self._day_draws()
        return self._by_scores()

    def _acts(self, draws: np.ndarray, own: np.ndarray, p: slice, total: np.ndarray) -> int:
        """The acts of the citizens in `p` today (their habits, or the score's wishes on a day
        they follow it) and the score change they bring, into `total`; conditioning grows
        with every scored act. Returns how many of them spoke critically."""
        acts, follow_at = self.acts, self._follow_at[p]
        follows = draws[:, 0] < follow_at
        chances = np.multiply(self._switch[p], follows[:, None], out=self._chances[p])
        chances ^= self.habits[p].view(np.uint64)  # a random choice is slow as a branch
        if self._active is not None:
            chances *= (draws[:, 1] < self._active.take(self.v[p]))[:, None]
        done = np.less(own, chances.view(np.uint8), out=self._done[p])
        critical = int(np.count_nonzero(done[:, acts.critical]))
        scored = acts.apply(done, total)
        scored *= self._learning[p]
        scored *= np.subtract(_ONE, follow_at, out=self._spare[p])
        follow_at += scored
        if self._capped:
            np.minimum(follow_at, _ONE, out=follow_at)
        return critical

    def _settle(self, total: np.ndarray, p: slice) -> None:
        """Add the friend terms to the day's change of the citizens in `p` and move their
        scores by it, in whole points within the scale."""
        part = total[p]
        self._friend_terms(part, p)
        np.rint(part, out=part)
        change = self._change[p]
        np.copyto(change, part, casting="unsafe")  # whole numbers: exact
        v = self.v[p]
        np.add(v, change, out=v)  # (an int32 step: twice as fast as float into int)
        np.clip(v, 0, self.regime.points - 1, out=v)
        if self._cut > 0:
            self._fit_level(p)

    def _friend_terms(self, total: np.ndarray, p: slice) -> None:
        """Add the daily rules, friends' pull and association rules of the citizens in `p`
        to their `total` (float32)."""
        regime, v = self.regime, self.v[p]
        if self._daily is not None:
            total += self._daily.take(v)
        if regime.pulls:
            net = self.network
            degree = net.degree[p]
            if net.loners:
                degree = np.maximum(degree, 1)
            gap = np.divide(self.friend_sum[p], degree, dtype=np.float32)
            np.subtract(gap, v, out=gap, dtype=np.float32)
            if net.loners:
                gap[net.degree[p] == 0] = 0
            pull = self._spare[p]
            for weight, max_step in regime.pulls:
                np.multiply(gap, np.float32(weight), out=pull)
                np.rint(pull, out=pull)
                np.clip(pull, -max_step, max_step, out=pull)
                total += pull
        self.friends.add_terms(v, total, p)

    def _cut_ties(self, drawn: _Draws) -> None:
        """Some citizens drop a friend who costs them (below their band, or counted by a
        rule that penalises such friends) and befriend someone at least as high who does not."""
        if self._cut <= 0:
            return
        net, band, v = self.network, self.regime.band, self.v
        who, bits = drawn.cutters, drawn.slots
        degree = net.degree.take(who)
        if net.loners:
            has = degree > 0
            who, degree, bits = who[has], degree[has], bits[has]
        slot = (bits.astype(np.int32) * degree) >> 16
        friend = net.rows.reshape(-1).take(who * net.width + slot)
        mine = band.take(v.take(who))
        drop = np.flatnonzero(~self._fits(friend, mine))
        who, slot, mine, friend = (a.take(drop) for a in (who, slot, mine, friend))
        if who.size == 0:
            return
        strangers = drawn.strangers[: who.size]
        new = strangers[:, 0].copy()
        fits = self._fits(new, mine)  # the first stranger for everyone, the rest for some
        left = np.flatnonzero(~fits)
        others = strangers[left, 1:]
        hits = np.flatnonzero(self._fits(others, mine.take(left)[:, None]))
        row = hits // (CANDIDATES - 1)  # the first stranger who fits, in each row with one
        first = np.ones(row.size, bool)
        first[1:] = row[1:] != row[:-1]
        new[left] = -1
        new[left.take(row[first])] = others.ravel().take(hits[first])
        found = np.flatnonzero(new >= 0)
        who, slot, new, friend = (a.take(found) for a in (who, slot, new, friend))
        held = np.take(net.rows, who, axis=0)  # whole rows: rewiring checks them for ties
        net.rewire(who, slot, new, friend, held, then=self._rewired)

    def _rewired(self, changed: Rewired) -> None:
        """Move the friend counts and histogram rows of the citizens whose ties changed."""
        self.friends.rewired(changed.i, changed.old, changed.new)
        self._degree_key[changed.old] -= self.regime.points  # each named once in a batch
        self._degree_key[changed.new] += self.regime.points

    def _strangers(self, count: int) -> np.ndarray:
        """count x CANDIDATES citizens drawn at random (32 random bits each, scaled to the
        population: the bias is below one in 2,000)."""
        bits = self._day_rng.bit_generator.random_raw(count * CANDIDATES // 2).view(np.uint32)
        drawn = (bits.astype(np.uint64) * np.uint64(self.n)) >> np.uint64(32)
        return drawn.astype(np.int32).reshape(count, CANDIDATES)

    def _fit_level(self, p: slice) -> None:
        """Today's `_fit` entry of the citizens in `p`, by the penalised tags they carry and
        their score: one small array for the many random look-ups of `_cut_ties` (a byte
        per citizen)."""
        key = self.v[p] if self._tagcode is None else self.v[p] + self._tagcode[p]
        self._fit.take(key, out=self._level[p])

    def _fits(self, people: np.ndarray, band: np.ndarray) -> np.ndarray:
        """Whether each person is in at least this band and costs their friends nothing
        (no rule that penalises friends counts them)."""
        fits: np.ndarray = self._level.take(people) >= band
        for counts, carriers in self._tagged_apart:
            fits &= ~(counts.take(self.v.take(people)) & carriers.take(people))
        return fits

    # measures ---------------------------------------------------------------------------
    def _by_scores(self) -> _ByScores:
        """The day's measures that read the scores alone, so that they can be made while
        ties are cut and made (on the helper, when the work is split)."""
        return _ByScores(
            self.friends.flags_of(self.v, self._halves),
            self._income_counts(),
            float(self._follow_at.mean(dtype=np.float64)) / _ONE,
        )

    def _measure(self) -> None:
        regime, v, n = self.regime, self.v, self.n
        early, self._early = self._early or self._by_scores(), None
        self.friend_sum = self.friends.refresh(early.flags, self.network)
        by_degree = self._by_degree()
        hist = by_degree.sum(axis=0)
        sizes = self.network.component_sizes() if self.measure_components else None
        if self.day == 1:
            # In citizen order, so the daily look-up reads the scores front to back.
            self._bottom = np.sort(np.argpartition(v, n // 5)[: n // 5])
        mobility = np.nan
        if self._bottom is not None:
            line = value_at_rank(hist, n // 5 - 1)
            mobility = np.count_nonzero(v.take(self._bottom) > line) / self._bottom.size
        row = {
            "percentiles": percentiles_from_counts(hist) + regime.low,
            "mean_score": float(hist @ np.arange(regime.points)) / n + regime.low,
            "tier_share": np.bincount(regime.tier_of, weights=hist, minlength=len(regime.tier_ids))
            / n,
            "restriction_share": (regime.restricted @ hist) / n,
            "gini_score": gini_from_counts(hist),
            "gini_income": gini_from_counts(early.incomes),
            "assortativity": self._assortativity(by_degree),
            "components": np.nan if sizes is None else sizes.size,
            "largest_component": np.nan if sizes is None else sizes.max() / n,
            "critical_share": self._critical_today,
            "mobility": mobility,
            "conditioned": early.conditioned,
        }
        for key, value in row.items():
            self._records.setdefault(key, []).append(value)

    def _income_counts(self) -> np.ndarray:
        """How many citizens have each income today (incomes never go below 0)."""

        def keys(p: slice) -> np.ndarray:
            key = self._income_key.take(self.v[p])
            key += self._income_base[p]  # machine-size integers: bincount converts int32 slowly
            return key

        pairs = self._counted(keys, self._changes.size * self._bases)
        pairs = pairs.reshape(self._changes.size, self._bases)
        top = max(self._bases - 1 + int(self._changes.max()), 0)
        counts = np.zeros(top + 1, np.int64)
        for change, row in zip(self._changes.tolist(), pairs, strict=True):
            income = np.arange(self._bases) + change
            low = int(np.searchsorted(income, 0))
            counts[0] += row[:low].sum()
            counts[income[low:]] += row[low:]
        return counts

    def _by_degree(self) -> np.ndarray:
        """Citizens by number of friends and score: one count gives the score histogram and
        the degree-weighted moments that assortativity needs."""
        points = self.regime.points

        def keys(p: slice) -> np.ndarray:
            key: np.ndarray = np.add(self._degree_key[p], self.v[p], out=self._key[p])
            return key

        by_degree: np.ndarray = self._counted(keys, (self.network.width + 1) * points)
        return by_degree.reshape(-1, points)

    def _counted(self, keys: Callable[[slice], np.ndarray], size: int) -> np.ndarray:
        """How many citizens have each key (0 to size - 1), counted over the parts of the
        population and added up."""
        counts = in_parts(self._halves, lambda p: np.bincount(keys(p), minlength=size))
        total = counts[0]
        for more in counts[1:]:
            total += more
        return total

    def _assortativity(self, by_degree: np.ndarray) -> float:
        """Newman's score assortativity from the friend sums (see measures.assortativity).
        Summed over citizens, the friends' score sums count each score once per tie end,
        as degree x score does, so that sum comes from the histogram too."""
        degrees, scores = np.arange(by_degree.shape[0]), np.arange(by_degree.shape[1])
        per_score = degrees @ by_degree  # 64-bit integers: no product or sum overflows
        kx, kxx = int(per_score @ scores), int(per_score @ (scores * scores))
        # A 64-bit sum of products in blocks: no product array, and no 64-bit copy of the
        # friend sums (which np.dot makes when their type differs from the scores').
        xs = int(np.einsum("i,i->", self.v, self.friend_sum, dtype=np.int64))
        return assortativity_of(self.network.ends, kx, kxx, xs)

    def result(self, seed: int) -> SocietyResult:
        """The measures so far as arrays per day."""
        r = {k: np.array(v, dtype=np.float64) for k, v in self._records.items()}
        regime = self.regime
        return SocietyResult(
            level_id=self.level.id,
            members=self.level.spec.society.words,
            citizens=self.n,
            seed=seed,
            score_min=regime.low,
            tier_ids=regime.tier_ids,
            restriction_ids=regime.restriction_ids,
            restriction_share=r["restriction_share"].reshape(len(r["mean_score"]), -1),
            **{k: a for k, a in r.items() if k != "restriction_share"},
        )

    @property
    def scores(self) -> np.ndarray:
        """Each citizen's score today."""
        return self.v + self.regime.low


def _income_unit(cap: int, changes: np.ndarray) -> int:
    """The unit of money incomes are counted in: 1 unless the highest income possible (the
    base cap plus the largest change a score brings) is over INCOME_STEPS."""
    top = cap + int(np.abs(changes).max(initial=0))
    return max(1, -(-top // INCOME_STEPS))


def _beta(rng: np.random.Generator, mean: float, n: int) -> np.ndarray:
    """Per-citizen traits around a mean (a Beta distribution with a moderate spread)."""
    if mean <= 0 or mean >= 1:
        return np.full(n, float(np.clip(mean, 0, 1)), np.float32)
    a = 2.0
    return rng.beta(a, a * (1 - mean) / mean, n).astype(np.float32)


def run_society(level: Level, citizens: int, days: int, seed: int) -> SocietyResult:
    """Run a level's society for `days` days and return its measures per day (deterministic)."""
    society = Society(level, citizens, days, np.random.default_rng(seed))
    while not society.done:
        society.step()
    return society.result(seed)


def society_days(level: Level, citizens: int, days: int, seed: int) -> Iterator[Society | None]:
    """The same run in short pieces for views that compute it across frames: None while the
    population is being built, then the society after its start and after each part of
    each day."""
    society = Society(level, citizens, days, np.random.default_rng(seed), staged=True)
    for _ in society.build:
        yield None
    yield society
    while not society.done:
        for _ in society.day_parts():
            yield society
        yield society
