"""What a citizen's friends add up to: score sums and, per association rule, how many count.

Scores and the per-rule flags ("this friend counts") are packed side by side into one
integer per citizen, so a single sparse product over the network sums them all; each field
is wide enough that the sums never spill into the next. The packed value is one lookup in a
per-score table masked by the citizen's own tags, and the rules' effect is then one lookup
by the packed counts when no rule has its own score condition.
"""

from __future__ import annotations

import numpy as np

from game.sim.society.network import Network
from game.sim.society.regime import Regime

_TABLE_BITS = 16
"""Count fields at most this wide together are priced by one table lookup."""


class Friends:
    """Tables for the friend sums and association terms of one regime and population."""

    def __init__(self, regime: Regime, tags: list[np.ndarray | None], width: int, n: int) -> None:
        self.regime = regime
        count_bits = int(width).bit_length()
        self.score_bits = int((regime.points - 1) * width).bit_length()
        self.fields: list[list[tuple[int, int]]] = [[]]
        used = self.score_bits
        for k in range(len(regime.associations)):
            if used + count_bits > 31:
                self.fields.append([])
                used = 0
            self.fields[-1].append((k, used))
            used += count_bits
        self.score_mask = (1 << self.score_bits) - 1
        self.count_mask = (1 << count_bits) - 1
        self.packs, self.masks = self._pack_tables(tags, n)
        self.table = self._rule_table(count_bits)
        self._out: list[np.ndarray] = []
        """Output arrays reused day after day (the sums are read before the next count)."""
        self.gates = [(r.gate * r.delta).astype(np.float32) for r in regime.associations]

    def _pack_tables(
        self, tags: list[np.ndarray | None], n: int
    ) -> tuple[list[np.ndarray], list[np.ndarray | int]]:
        """Per pack: a per-score table of packed flags, and each citizen's mask of the
        fields that may count them (a rule with tags counts only carriers)."""
        packs, masks = [], []
        for p, fields in enumerate(self.fields):
            table = np.arange(self.regime.points, dtype=np.int32) if p == 0 else None
            table = np.zeros(self.regime.points, np.int32) if table is None else table
            untagged = self.score_mask if p == 0 else 0
            tagged: list[tuple[np.ndarray, int]] = []
            for k, shift in fields:
                table |= self.regime.associations[k].counts.astype(np.int32) << shift
                carriers = tags[k]
                if carriers is None:
                    untagged |= 1 << shift
                else:
                    tagged.append((carriers, shift))
            mask: np.ndarray | int = untagged
            if tagged:
                per = np.full(n, untagged, np.int32)
                for carriers, shift in tagged:
                    per |= carriers.astype(np.int32) << shift
                mask = per
            packs.append(table)
            masks.append(mask)
        return packs, masks

    def _rule_table(self, count_bits: int) -> np.ndarray | None:
        """Score change by packed counts, when one pack holds every rule, no rule has its own
        score condition and the count fields are narrow; None otherwise."""
        rules = self.regime.associations
        if not rules or len(self.fields) > 1 or any(not r.gate.all() for r in rules):
            return None
        bits = count_bits * len(rules)
        if bits > _TABLE_BITS:
            return None
        keys = np.arange(1 << bits)
        table = np.zeros(keys.size, np.float32)
        for k, shift in self.fields[0]:
            counted = self.counted(k, (keys >> (shift - self.score_bits)) & self.count_mask)
            table += counted * np.float32(rules[k].delta)
        return table

    def counted(self, k: int, counts: np.ndarray) -> np.ndarray:
        """Friends a rule prices: at most its maximum, scaled by the share with the relation."""
        rule = self.regime.associations[k]
        counted: np.ndarray = np.minimum(counts, rule.max_people).astype(np.float32)
        if rule.scale != 1:
            counted = np.rint(counted * np.float32(rule.scale))
        return counted

    def sums(self, v: np.ndarray, network: Network) -> list[np.ndarray]:
        """One packed friend sum per pack (pack 0 holds the score sum in its low bits)."""
        if len(self._out) != len(self.packs):
            self._out = [np.zeros(v.size, np.int32) for _ in self.packs]
        out = []
        for table, mask, buffer in zip(self.packs, self.masks, self._out, strict=True):
            packed = table.take(v)
            packed &= mask
            out.append(network.neighbour_sums(packed, out=buffer))
        return out

    def counts(self, sums: list[np.ndarray], k: int) -> np.ndarray:
        """How many of each citizen's friends rule k counts."""
        for p, fields in enumerate(self.fields):
            for rule, shift in fields:
                if rule == k:
                    found: np.ndarray = (sums[p] >> shift) & self.count_mask
                    return found
        raise IndexError(k)

    def add_terms(self, sums: list[np.ndarray], v: np.ndarray, out: np.ndarray) -> None:
        """Add every association rule's score change to `out` (float32)."""
        if self.table is not None:
            counts = np.right_shift(sums[0], self.score_bits, dtype=np.intp)  # take reads intp
            out += self.table.take(counts)
            return
        for k, gate in enumerate(self.gates):
            out += self.counted(k, self.counts(sums, k)) * gate.take(v)
