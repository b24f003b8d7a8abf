"""The population model: N citizens living under a level's rules, one vectorised day at a time.

Each day every citizen may do each scored act (post praise, buy games...) with their own
chance; on a day they follow the score instead of their own habits (a share `conditioned`
that grows with every rewarded or punished act: operant conditioning) they do what the score
rewards and nothing it punishes. Friends' scores pull, low-scoring friends cost points,
tiers bring restrictions that cut income and options, and some citizens drop a friend
below a line the regime draws and befriend someone at least as high.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import numpy as np

from game.core.level import Level
from game.sim.society.measures import (
    assortativity,
    gini_from_counts,
    percentiles_from_counts,
    value_at_rank,
)
from game.sim.society.network import Network, small_world_edges
from game.sim.society.regime import Channel, Regime, compile_regime
from game.sim.society.result import SocietyResult

MIN_CITIZENS, MAX_CITIZENS = 100, 2_000_000
MAX_DAYS = 365
REWARDED_CHANCE = 0.6
"""Daily chance a fully conditioned citizen does each rewarded act (a game abstraction)."""
CANDIDATES = 8
"""Strangers a citizen looks at when replacing a dropped friend."""
_MAGIC = np.uint64(0x0102040810204080)
"""Multiplying eight 0/1 bytes by this gathers them into one byte (a distinct code each)."""
_INCOME_CAP = 50


def check_size(citizens: int, days: int) -> None:
    """ValueError with one line for the user when a run is out of the documented limits."""
    if not MIN_CITIZENS <= citizens <= MAX_CITIZENS:
        raise ValueError(f"citizens must be {MIN_CITIZENS} to {MAX_CITIZENS}, not {citizens}")
    if not 1 <= days <= MAX_DAYS:
        raise ValueError(f"days must be 1 to {MAX_DAYS}, not {days}")


@dataclass
class _Acts:
    """Channels of one kind laid out 8 to a byte-group, with per-code lookup tables."""

    columns: int
    delta: np.ndarray
    """groups x 256: score change for each code."""
    count: np.ndarray
    """groups x 256: how many scored acts each code holds (for conditioning)."""

    @classmethod
    def of(cls, channels: list[Channel], learn: bool) -> _Acts:
        groups = -(-len(channels) // 8)
        patterns = ((np.arange(256)[:, None] >> np.arange(8)) & 1).astype(np.uint8)
        codes = _codes(patterns.view(bool))[:, 0]
        delta = np.zeros((groups, 256), np.float32)
        count = np.zeros((groups, 256), np.float32)
        for g in range(groups):
            part = channels[8 * g : 8 * g + 8]
            d = np.array([c.delta for c in part] + [0.0] * (8 - len(part)))
            scored = np.array(
                [float(learn and c.delta != 0) for c in part] + [0.0] * (8 - len(part))
            )
            delta[g, codes] = patterns @ d
            count[g, codes] = patterns @ scored
        return cls(groups * 8, delta, count)

    def apply(self, done: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        codes = _codes(done)
        n = done.shape[0]
        if codes.shape[1] == 0:
            return np.zeros(n, np.float32), np.zeros(n, np.float32)
        delta = self.delta[0][codes[:, 0]]
        count = self.count[0][codes[:, 0]]
        for g in range(1, codes.shape[1]):
            delta += self.delta[g][codes[:, g]]
            count += self.count[g][codes[:, g]]
        return delta, count


def _codes(done: np.ndarray) -> np.ndarray:
    """Rows of 0/1 bytes (width a multiple of 8) to one byte-code per group of eight."""
    words = np.ascontiguousarray(done).view(np.uint64)
    return ((words * _MAGIC) >> np.uint64(56)).astype(np.intp)


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
    ) -> None:
        """Build the population at once, or with `staged` leave `build` to be stepped.

        `components=False` skips the connected components (recorded as NaN): the benchmark
        uses it to show what that one measure costs.
        """
        check_size(citizens, days)
        self.level, self.n, self.days, self.rng = level, citizens, days, rng
        self.measure_components = components
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
        self.network = Network.from_edges(self.n, u, v, width)
        yield
        yield from self._init_citizens(regime)
        self._init_packing()
        self._records: dict[str, list[Any]] = {}
        self._bottom: np.ndarray | None = None
        self._critical_today = self._expected_critical()
        yield
        self._measure()

    # setup ------------------------------------------------------------------------------
    def _init_citizens(self, regime: Regime) -> Iterator[None]:
        rng, n, setup = self.rng, self.n, regime.society
        spread = rng.normal(0.0, setup.start_spread, n) if setup.start_spread else np.zeros(n)
        start = np.rint(regime.start - regime.low + spread)
        self.v = start.clip(0, regime.points - 1).astype(np.int32)
        self.conform = _beta(rng, setup.conform, n)
        self.conditioned = np.zeros(n, np.float32)
        acts = [c for c in regime.channels if c.learnable]
        fixed = [c for c in regime.channels if not c.learnable]
        self.learned = _Acts.of(acts, learn=True)
        self.fixed = _Acts.of(fixed, learn=False)
        self.habits = np.zeros((n, self.learned.columns), np.uint8)
        interest: dict[str, np.ndarray] = {}
        for k, channel in enumerate(acts):
            self.habits[:, k] = self._habit(channel, interest)
            yield
        self.target = np.zeros(self.learned.columns, np.uint8)
        self.target[: len(acts)] = [_byte(REWARDED_CHANCE) if c.delta > 0 else 0 for c in acts]
        self.fixed_habits = np.zeros((n, self.fixed.columns), np.uint8)
        for k, channel in enumerate(fixed):
            if channel.chance is not None:
                self.fixed_habits[:, k] = _byte(channel.chance)
            else:
                self.fixed_habits[:, k] = self._habit(channel, interest)
                yield
        everything = [*acts, *fixed]
        where = next(k for k, c in enumerate(everything) if c.critical)
        self._critical = (where < len(acts), where if where < len(acts) else where - len(acts))
        scale = max(regime.income, 1)
        base = regime.income * rng.lognormal(0.0, setup.income_spread, n) if regime.income else 0
        self.base_income = np.clip(np.rint(base), 0, _INCOME_CAP * scale).astype(np.int32)
        self.tags = [
            rng.random(n) < a.tag_share if a.tag_share is not None else None
            for a in regime.associations
        ]

    def _habit(self, channel: Channel, interest: dict[str, np.ndarray]) -> np.ndarray:
        """A citizen's own daily chance of an act; buying shares one interest per tag."""
        mean = self.regime.society.critical if channel.critical else self.regime.society.act_chance
        if channel.critical or not channel.tags or not channel.label.startswith("buy"):
            return _bytes(_beta(self.rng, mean, self.n))
        for tag in channel.tags:
            if tag not in interest:
                interest[tag] = _beta(self.rng, mean, self.n)
        return _bytes(np.max([interest[t] for t in channel.tags], axis=0))

    def _init_packing(self) -> None:
        """Score sums and per-rule friend counts share one integer sparse product per day."""
        width = self.network.width
        count_bits = int(width).bit_length()
        score_bits = int((self.regime.points - 1) * width).bit_length()
        self._fields: list[list[tuple[int, int]]] = [[]]
        used = score_bits
        for k in range(len(self.regime.associations)):
            if used + count_bits > 31:
                self._fields.append([])
                used = 0
            self._fields[-1].append((k, used))
            used += count_bits
        self._score_mask = (1 << score_bits) - 1
        self._count_mask = (1 << count_bits) - 1

    def _neighbours(self) -> None:
        """Friends' score sums and, per association rule, how many friends count."""
        v, regime = self.v, self.regime
        counts: list[np.ndarray | None] = [None] * len(regime.associations)
        for p, fields in enumerate(self._fields):
            packed = v.copy() if p == 0 else np.zeros(self.n, np.int32)
            for k, shift in fields:
                rule = regime.associations[k]
                flag = rule.counts[v]
                if self.tags[k] is not None:
                    flag &= self.tags[k]
                packed |= flag.astype(np.int32) << shift
            sums = self.network.neighbour_sums(packed)
            if p == 0:
                self.friend_sum = sums & self._score_mask
            for k, shift in fields:
                counts[k] = (sums >> shift) & self._count_mask
        self.friend_counts = [c for c in counts if c is not None]  # every slot was filled

    def _expected_critical(self) -> float:
        learned, column = self._critical
        habits = self.habits if learned else self.fixed_habits
        factor = self.regime.act_factor[self.v]
        return float((habits[:, column] / 256.0 * factor).mean())

    # one day ----------------------------------------------------------------------------
    @property
    def done(self) -> bool:
        return self.day >= self.days

    def step(self) -> None:
        """One day: acts, conditioning, friends, daily rules, ties cut and made, measures."""
        regime, v, n, rng = self.regime, self.v, self.n, self.rng
        active = rng.random(n, dtype=np.float32) < regime.act_factor[v]
        follows = rng.random(n, dtype=np.float32) < self.conditioned
        columns = self.learned.columns + self.fixed.columns
        raw = rng.bit_generator.random_raw(n * columns // 8).view(np.uint8).reshape(n, columns)
        own = raw[:, : self.learned.columns]
        # Each row's chances: the target's for citizens following the score today, their own
        # habits otherwise; selected eight bytes at a time.
        mask = (follows.astype(np.uint64) * np.uint64(0xFFFFFFFFFFFFFFFF))[:, None]
        habits, target = self.habits.view(np.uint64), self.target.view(np.uint64)
        done = own < (habits ^ ((habits ^ target) & mask)).view(np.uint8)
        fixed_done = raw[:, self.learned.columns :] < self.fixed_habits
        act_delta, scored = self.learned.apply(done)
        chance_delta, _ = self.fixed.apply(fixed_done)
        act_delta *= active
        learned, column = self._critical
        critical = (done if learned else fixed_done)[:, column] & active
        self._critical_today = float(critical.mean())
        rate = regime.society.learning * self.conform * (scored * active)
        self.conditioned += rate * (1 - self.conditioned)
        np.minimum(self.conditioned, 1, out=self.conditioned)
        total = act_delta + chance_delta + self._friend_terms()
        self.v = np.clip(v + np.rint(total).astype(np.int32), 0, regime.points - 1)
        self._cut_ties()
        self.day += 1
        self._measure()

    def _friend_terms(self) -> np.ndarray:
        regime, v = self.regime, self.v
        out = regime.daily[v]
        if regime.pulls:
            degree = self.network.degree
            mean = self.friend_sum.astype(np.float32) / np.maximum(degree, 1).astype(np.float32)
            gap = (mean - v) * (degree > 0)
            for weight, max_step in regime.pulls:
                out = out + np.clip(np.rint(np.float32(weight) * gap), -max_step, max_step)
        for k, rule in enumerate(regime.associations):
            counted = np.minimum(self.friend_counts[k], rule.max_people)
            if rule.scale != 1:
                counted = np.rint(counted * np.float32(rule.scale))
            out = out + counted * (rule.gate[v] * rule.delta)
        return out

    def _cut_ties(self) -> None:
        """Some citizens drop a friend who costs them (below their band, or counted by a
        rule that penalises such friends) and befriend someone at least as high who does not."""
        rate = self.regime.society.cut_ties
        if rate <= 0:
            return
        rng, net = self.rng, self.network
        who = np.flatnonzero(rng.random(self.n, dtype=np.float32) < rate)
        who = who[net.degree[who] > 0]
        slot, friend = net.random_friend(who, rng)
        band = self.regime.band[self.v]
        drop = (band[friend] < band[who]) | self._costly(friend)
        who, slot = who[drop], slot[drop]
        if who.size == 0:
            return
        candidates = rng.integers(0, self.n, size=(who.size, CANDIDATES))
        fits = (band[candidates] >= band[who][:, None]) & ~self._costly(candidates)
        pick = np.argmax(fits, axis=1)
        found = fits[np.arange(who.size), pick]
        net.rewire(who[found], slot[found], candidates[np.arange(who.size), pick][found])

    def _costly(self, people: np.ndarray) -> np.ndarray:
        """Whether each person counts against their friends under a penalising rule."""
        costly = np.zeros(people.shape, bool)
        for k, rule in enumerate(self.regime.associations):
            if rule.delta < 0:
                counted = rule.counts[self.v[people]]
                tagged = self.tags[k]
                if tagged is not None:
                    counted &= tagged[people]
                costly |= counted
        return costly

    # measures ---------------------------------------------------------------------------
    def _measure(self) -> None:
        regime, v = self.regime, self.v
        self._neighbours()
        hist = np.bincount(v, minlength=regime.points)
        income = np.maximum(self.base_income + regime.income_change[v], 0)
        sizes = np.bincount(self.network.components()) if self.measure_components else None
        if self.day == 1:
            self._bottom = np.argpartition(v, self.n // 5)[: self.n // 5]
        mobility = np.nan
        if self._bottom is not None:
            line = value_at_rank(hist, self.n // 5 - 1)
            mobility = float((v[self._bottom] > line).mean())
        row = {
            "percentiles": percentiles_from_counts(hist) + regime.low,
            "mean_score": float(hist @ np.arange(regime.points)) / self.n + regime.low,
            "tier_share": np.bincount(regime.tier_of, weights=hist, minlength=len(regime.tier_ids))
            / self.n,
            "restriction_share": (regime.restricted @ hist) / self.n,
            "gini_score": gini_from_counts(hist),
            "gini_income": gini_from_counts(np.bincount(income)),
            "assortativity": assortativity(v, self.friend_sum, self.network.degree),
            "components": np.nan if sizes is None else sizes.size,
            "largest_component": np.nan if sizes is None else sizes.max() / self.n,
            "critical_share": self._critical_today,
            "mobility": mobility,
            "conditioned": float(self.conditioned.mean()),
        }
        for key, value in row.items():
            self._records.setdefault(key, []).append(value)

    def result(self, seed: int) -> SocietyResult:
        """The measures so far as arrays per day."""
        r = {k: np.array(v, dtype=np.float64) for k, v in self._records.items()}
        regime = self.regime
        return SocietyResult(
            level_id=self.level.id,
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


def _beta(rng: np.random.Generator, mean: float, n: int) -> np.ndarray:
    """Per-citizen traits around a mean (a Beta distribution with a moderate spread)."""
    if mean <= 0 or mean >= 1:
        return np.full(n, float(np.clip(mean, 0, 1)), np.float32)
    a = 2.0
    return rng.beta(a, a * (1 - mean) / mean, n).astype(np.float32)


def _byte(chance: float) -> int:
    return int(np.clip(round(chance * 256), 0, 255))


def _bytes(chance: np.ndarray) -> np.ndarray:
    packed: np.ndarray = np.clip(np.rint(chance * 256), 0, 255).astype(np.uint8)
    return packed


def run_society(level: Level, citizens: int, days: int, seed: int) -> SocietyResult:
    """Run a level's society for `days` days and return its measures per day (deterministic)."""
    society = Society(level, citizens, days, np.random.default_rng(seed))
    while not society.done:
        society.step()
    return society.result(seed)


def society_days(level: Level, citizens: int, days: int, seed: int) -> Iterator[Society | None]:
    """The same run in short pieces for views that compute it across frames: None while the
    population is being built, then the society after its start and after each day."""
    society = Society(level, citizens, days, np.random.default_rng(seed), staged=True)
    for _ in society.build:
        yield None
    yield society
    while not society.done:
        society.step()
        yield society
