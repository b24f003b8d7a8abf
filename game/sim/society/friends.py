"""What a citizen's friends add up to: score sums and, per association rule, how many count.

The per-rule flags ("this friend counts") are packed side by side into integers, each field
wide enough that the sums never spill into the next; a citizen's packed value is one lookup
in a per-score table masked by their own tags. Below SPLIT_FROM citizens the score rides in
the low bits of the first pack, so a single sparse product a day sums everything. From
SPLIT_FROM on, the product is limited by memory traffic: the scores are summed alone in
16-bit integers when the sums fit (half the bytes), and the packed counts are kept from day
to day, since few citizens cross a rule's line on a day: ties cut and made and the citizens
whose flags changed are added in, and everything is recounted when many changed. The rules'
effect is then one lookup by the packed counts when no rule has its own score condition.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from game.sim.society.halves import Halves, in_parts
from game.sim.society.network import Network
from game.sim.society.regime import Regime

SPLIT_FROM = 250_000
"""From this many citizens the scores are summed alone and the counts kept day to day."""
_TABLE_BITS = 16
"""Count fields at most this wide together are priced by one table lookup."""
_RECOUNT_SHARE = 4
"""Recount the packed counts when more than one citizen in this many changed flags."""


class Friends:
    """Tables for the friend sums and association terms of one regime and population."""

    def __init__(self, regime: Regime, tags: list[np.ndarray | None], width: int, n: int) -> None:
        self.regime = regime
        count_bits = int(width).bit_length()
        score_bits = int((regime.points - 1) * width).bit_length()
        self.split = n >= SPLIT_FROM and score_bits < 16
        """Whether the scores are summed alone (16 bits) and the counts kept day to day."""
        self.score_bits = 0 if self.split else score_bits
        """Where the count fields start in the first pack (above the score sum, if there)."""
        self.fields: list[list[tuple[int, int]]] = [] if self.split else [[]]
        used = 31 if self.split else self.score_bits
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
        self.packed: list[np.ndarray] = []
        """Per pack, the packed sums over each citizen's friends (empty before the first)."""
        self._flags: list[np.ndarray] = []
        """Each citizen's packed flags when the counts were last brought up to date."""
        self._scores = np.zeros(n if self.split else 0, np.int16)
        self._sums = np.zeros(n if self.split else 0, np.int16)
        self.gates = [(r.gate * r.delta).astype(np.float32) for r in regime.associations]

    def _pack_tables(
        self, tags: list[np.ndarray | None], n: int
    ) -> tuple[list[np.ndarray], list[np.ndarray | int]]:
        """Per pack: a per-score table of packed flags, and each citizen's mask of the
        fields that may count them (a rule with tags counts only carriers)."""
        packs, masks = [], []
        for p, fields in enumerate(self.fields):
            scored = p == 0 and not self.split
            kind = self._pack_type(fields)
            table = np.arange(self.regime.points, dtype=kind) if scored else None
            table = np.zeros(self.regime.points, kind) if table is None else table
            untagged = self.score_mask if scored else 0
            tagged: list[tuple[np.ndarray, int]] = []
            for k, shift in fields:
                table |= self.regime.associations[k].counts.astype(kind) << shift
                carriers = tags[k]
                if carriers is None:
                    untagged |= 1 << shift
                else:
                    tagged.append((carriers, shift))
            mask: np.ndarray | int = untagged
            if tagged:
                per = np.full(n, untagged, kind)
                for carriers, shift in tagged:
                    per |= carriers.astype(kind) << shift
                mask = per
            packs.append(table)
            masks.append(mask)
        return packs, masks

    def _pack_type(self, fields: list[tuple[int, int]]) -> type[np.signedinteger[Any]]:
        """16-bit integers for a pack of counts alone that fits them (the sums and the
        network's 0/1 data then take half the memory), else 32-bit."""
        top = max((shift for _, shift in fields), default=0) + self.count_mask.bit_length()
        return np.int16 if self.split and top <= 15 else np.int32

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

    def flags_of(self, v: np.ndarray, halves: Halves | None = None) -> list[np.ndarray]:
        """Per pack, each citizen's packed flags by today's scores (and, when the scores are
        summed alone, their 16-bit copy). They read the scores alone, so they can be made
        while ties are still changing; `halves` makes each half at once."""
        flags = [np.empty(v.size, table.dtype) for table in self.packs]

        def flag(p: slice) -> None:
            for table, mask, packed in zip(self.packs, self.masks, flags, strict=True):
                table.take(v[p], out=packed[p])
                packed[p] &= mask if isinstance(mask, int) else mask[p]
            if self.split:
                np.copyto(self._scores[p], v[p], casting="unsafe")  # sums fit 16 bits

        in_parts(halves, flag)
        return flags

    def refresh(self, flags: list[np.ndarray], network: Network) -> np.ndarray:
        """Bring the sums up to date with today's flags (`flags_of`) and ties; returns each
        citizen's friends' score sum (an array reused: read it before the next refresh)."""
        if not self.split:
            self.packed = [network.neighbour_sums(packed) for packed in flags]
            score: np.ndarray = self.packed[0] & self.score_mask
            return score
        # The counts are brought up to date while the helper, if any, starts on the sums.
        return network.neighbour_sums(
            self._scores, out=self._sums, first=lambda: self._count(flags, network)
        )

    def _count(self, flags: list[np.ndarray], network: Network) -> None:
        """Add in the citizens whose flags changed, or recount when many did."""
        changed = np.zeros(0, np.intp)
        for new, old in zip(flags, self._flags if self.packed else flags, strict=True):
            moved = np.flatnonzero(new != old)
            changed = np.union1d(changed, moved) if changed.size else moved
        if not self.packed or changed.size * _RECOUNT_SHARE > network.n:
            self.packed = [network.neighbour_sums(packed) for packed in flags]
        elif changed.size:
            for total, new, old in zip(self.packed, flags, self._flags, strict=True):
                network.add_to_friends(changed, new.take(changed) - old.take(changed), total)
        self._flags = flags

    def rewired(self, i: np.ndarray, old: np.ndarray, new: np.ndarray) -> None:
        """Citizen i dropped old and befriended new (every citizen named once at most): when
        the counts are kept day to day, move their flags, as last counted, between them."""
        if not self.split:
            return
        for total, flags in zip(self.packed, self._flags, strict=True):
            mine = flags.take(i)
            total[i] += flags.take(new) - flags.take(old)
            total[old] -= mine
            total[new] += mine

    def counts(self, k: int) -> np.ndarray:
        """How many of each citizen's friends rule k counts."""
        for p, fields in enumerate(self.fields):
            for rule, shift in fields:
                if rule == k:
                    found: np.ndarray = (self.packed[p] >> shift) & self.count_mask
                    return found
        raise IndexError(k)

    def add_terms(self, v: np.ndarray, out: np.ndarray, part: slice = slice(None)) -> None:
        """Add every association rule's score change to `out` (float32) for the citizens in
        `part`, whose scores are `v`."""
        if self.table is not None:
            packed = self.packed[0][part]
            counts = np.right_shift(packed, self.score_bits, dtype=np.intp)  # take reads
            out += self.table.take(counts)  # machine-size integers faster
            return
        for k, gate in enumerate(self.gates):
            out += self.counted(k, self.counts(k)[part]) * gate.take(v)
