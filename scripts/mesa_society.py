"""The society model written as a Mesa 3.3 user would write it (bench only, not the game's code).

Same regime tables, same network, same daily rules as game/sim/society/model.py, but one
Python agent per citizen stepping in turn (decide on yesterday's scores, then apply), and
the same measures computed from the agents each day. Used by scripts/bench_society.py to
report how much the vectorised model gains.
"""

from __future__ import annotations

import mesa
import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import connected_components

from game.core.level import Level
from game.sim.society.acts import REWARDED_CHANCE
from game.sim.society.measures import assortativity, gini_from_counts, percentiles_from_counts
from game.sim.society.model import Society


class Citizen(mesa.Agent):
    """One citizen: habits, conditioning, score and friends."""

    def __init__(self, model: MesaSociety, index: int, habits: list[float]):
        super().__init__(model)
        self.index = index
        self.habits = habits
        self.score = 0
        self.conform = 0.5
        self.conditioned = 0.0
        self.income = 0
        self.friends: list[Citizen] = []
        self.tagged: list[bool] = []
        self.change = 0.0
        self.critical = False

    def decide(self) -> None:
        m, r = self.model, self.model.random
        regime = m.regime
        self.critical = False
        self.change = float(regime.daily[self.score])
        active = r.random() < regime.act_factor[self.score]
        follows = r.random() < self.conditioned
        scored = 0
        for k, channel in enumerate(m.acts):
            chance = m.targets[k] if follows and channel.learnable else self.habits[k]
            if r.random() < chance and active:
                self.change += channel.delta
                scored += channel.learnable
                self.critical |= channel.critical
        for channel in m.chances:
            if r.random() < channel.chance:
                self.change += channel.delta
        self.conditioned += regime.society.learning * self.conform * scored * (1 - self.conditioned)
        self.conditioned = min(self.conditioned, 1.0)
        if self.friends:
            mean = sum(f.score for f in self.friends) / len(self.friends)
            for weight, max_step in regime.pulls:
                self.change += max(-max_step, min(max_step, round(weight * (mean - self.score))))
        for k, rule in enumerate(regime.associations):
            counted = sum(
                1 for f in self.friends if rule.counts[f.score] and (not f.tagged or f.tagged[k])
            )
            counted = round(min(counted, rule.max_people) * rule.scale)
            self.change += counted * rule.delta * rule.gate[self.score]

    def apply(self) -> None:
        regime = self.model.regime
        self.score = int(min(max(self.score + round(self.change), 0), regime.points - 1))
        self.income = max(0, self.base_income + int(regime.income_change[self.score]))

    def costly(self) -> bool:
        """Whether friends lose points for knowing this citizen (a penalising rule counts them)."""
        rules = self.model.regime.associations
        return any(
            rule.delta < 0 and rule.counts[self.score] and (not self.tagged or self.tagged[k])
            for k, rule in enumerate(rules)
        )

    def cut_ties(self) -> None:
        m, r = self.model, self.model.random
        if not self.friends or r.random() >= m.regime.society.cut_ties:
            return
        band = m.regime.band
        friend = r.choice(self.friends)
        if band[friend.score] >= band[self.score] and not friend.costly():
            return
        for _ in range(8):
            other = r.choice(m.citizens)
            if other is self or other in self.friends or band[other.score] < band[self.score]:
                continue
            if other.costly():
                continue
            self.friends.remove(friend)
            friend.friends.remove(self)
            self.friends.append(other)
            other.friends.append(self)
            return


class MesaSociety(mesa.Model):
    """Agents built from the vectorised model's own starting state, so both run one society."""

    def __init__(self, level: Level, citizens: int, seed: int) -> None:
        super().__init__(seed=seed)
        start = Society(level, citizens, 1, np.random.default_rng(seed))
        self.regime = start.regime
        self.acts = [c for c in self.regime.channels if c.chance is None]
        self.chances = [c for c in self.regime.channels if c.chance is not None]
        self.targets = [REWARDED_CHANCE if c.delta > 0 else 0.0 for c in self.acts]
        self.citizens: list[Citizen] = []
        for i in range(citizens):
            habits = (start.habits[i, : len(self.acts)] / 256).tolist()
            agent = Citizen(self, i, habits)
            agent.score = int(start.v[i])
            agent.conform = float(start.conform[i])
            agent.base_income = int(start.base_income[i])
            agent.tagged = [bool(t[i]) if t is not None else True for t in start.tags]
            self.citizens.append(agent)
        rows, degree = start.network.rows, start.network.degree
        for i, agent in enumerate(self.citizens):
            agent.friends = [self.citizens[j] for j in rows[i, : degree[i]]]
        self.records: list[dict] = []

    def step(self) -> None:
        self.agents.do("decide")
        self.agents.do("apply")
        self.agents.shuffle_do("cut_ties")
        self._measure()

    def _measure(self) -> None:
        """The same daily measures as the vectorised model, read from the agents."""
        regime = self.regime
        scores = np.array([a.score for a in self.citizens])
        degree = np.array([len(a.friends) for a in self.citizens])
        sums = np.array([sum(f.score for f in a.friends) for a in self.citizens])
        hist = np.bincount(scores, minlength=regime.points)
        incomes = np.array([a.income for a in self.citizens])
        src = np.repeat(np.arange(len(self.citizens)), degree)
        dst = np.array([f.index for a in self.citizens for f in a.friends])
        graph = csr_matrix((np.ones(src.size), (src, dst)), shape=(scores.size, scores.size))
        count, _ = connected_components(graph, directed=False)
        self.records.append(
            {
                "percentiles": percentiles_from_counts(hist),
                "gini_score": gini_from_counts(hist),
                "gini_income": gini_from_counts(np.bincount(incomes)),
                "assortativity": assortativity(scores, sums, degree),
                "components": count,
                "critical": np.mean([a.critical for a in self.citizens]),
            }
        )
