"""The day's acts for a whole population at once: one byte of chance per citizen and act.

Acts are laid out eight to a 64-bit word. A day draws one random byte per act and citizen;
comparing the bytes gives eight acts done or not, and multiplying those eight 0/1 bytes by a
magic number gathers them into one byte-code, whose score change and count of scored acts
come from 256-entry tables. Chance rules (the same small chance for everyone) are drawn
sparsely instead: only the citizens they hit are touched.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from game.sim.society.regime import Channel

REWARDED_CHANCE = 0.6
"""Daily chance a fully conditioned citizen does each rewarded act (a game abstraction)."""
_MAGIC = np.uint64(0x0102040810204080)
"""Multiplying eight 0/1 bytes by this gathers them into one byte (a distinct code each)."""
_DENSE = 0.25
"""Above this chance a chance rule is drawn for every citizen rather than sparsely."""


@dataclass(frozen=True)
class Acts:
    """Per-citizen acts (channels without a fixed chance) and their lookup tables."""

    channels: tuple[Channel, ...]
    words: int
    delta: np.ndarray
    """words x 256 float32: score change for each code."""
    count: np.ndarray
    """words x 256 float32: how many acts the score rewards or punishes each code holds."""
    follow: np.ndarray
    """words uint64: 0xFF in the bytes a citizen following the score takes from `target`."""
    target: np.ndarray
    """words uint64: the chance bytes the score asks for (0 for punished acts)."""
    critical: int
    """Column of the act counted as critical speech."""

    @classmethod
    def of(cls, channels: tuple[Channel, ...]) -> Acts:
        acts = tuple(c for c in channels if c.chance is None)
        words = max(1, -(-len(acts) // 8))
        patterns = ((np.arange(256)[:, None] >> np.arange(8)) & 1).astype(np.uint8)
        codes = byte_codes(patterns.view(bool))[:, 0]
        delta = np.zeros((words, 256), np.float32)
        count = np.zeros((words, 256), np.float32)
        follow = np.zeros(8 * words, np.uint8)
        target = np.zeros(8 * words, np.uint8)
        padded = [*acts, *[None] * (8 * words - len(acts))]
        for g in range(words):
            part = padded[8 * g : 8 * g + 8]
            d = np.array([c.delta if c else 0.0 for c in part])
            scored = np.array([float(c is not None and c.learnable) for c in part])
            delta[g, codes] = patterns @ d
            count[g, codes] = patterns @ scored
        for k, c in enumerate(acts):
            if c.learnable:
                follow[k] = 0xFF
                target[k] = chance_byte(REWARDED_CHANCE) if c.delta > 0 else 0
        critical = next(k for k, c in enumerate(acts) if c.critical)
        return cls(
            acts, words, delta, count, follow.view(np.uint64), target.view(np.uint64), critical
        )

    def apply(self, done: np.ndarray, out: np.ndarray) -> np.ndarray:
        """Each citizen's score change from the acts done, into `out`, and how many scored
        acts each did (both float32). The codes overwrite `done` (contiguous rows)."""
        codes = byte_codes(done, in_place=True)
        scored: np.ndarray = self.count[0].take(codes[:, 0])
        self.delta[0].take(codes[:, 0], out=out)
        for g in range(1, self.words):
            out += self.delta[g].take(codes[:, g])
            scored += self.count[g].take(codes[:, g])
        return scored


def byte_codes(done: np.ndarray, in_place: bool = False) -> np.ndarray:
    """Rows of 0/1 bytes (width a multiple of 8) to one byte-code per group of eight;
    `in_place` writes them over `done` (which must then be contiguous)."""
    words = (done if in_place else np.ascontiguousarray(done)).view(np.uint64)
    out = words if in_place else None
    codes = np.multiply(words, _MAGIC, out=out)
    np.right_shift(codes, np.uint64(56), out=codes)
    found: np.ndarray = codes.view(np.int64)
    return found


def hit_by_chance(rng: np.random.Generator, n: int, chance: float) -> np.ndarray:
    """The citizens (ascending, each once) a rule with this daily chance hits today; small
    chances skip ahead by geometric gaps, so the cost follows the hits, not the population."""
    if chance <= 0:
        return np.zeros(0, np.int64)
    if chance > _DENSE:
        return np.flatnonzero(rng.random(n, dtype=np.float32) < chance)
    expect, scale = n * chance, -np.log1p(-chance)
    parts, end = [], -1
    while end < n - 1:
        # numpy's own geometric draws, ceil(exponential / -log(1 - chance)), made in bulk:
        # the same numbers several times faster than `rng.geometric` (one call per number).
        gaps = rng.standard_exponential(int(expect + 6 * np.sqrt(expect) + 16))
        np.divide(gaps, scale, out=gaps)
        hits = np.cumsum(np.ceil(gaps, out=gaps), out=gaps)  # whole numbers: exact below n
        hits += end
        parts.append(hits)
        end = int(hits[-1])
    found = np.concatenate(parts)
    hit: np.ndarray = found[: np.searchsorted(found, n)].astype(np.int64)
    return hit


def chance_byte(chance: float) -> int:
    return int(np.clip(round(chance * 256), 0, 255))


def chance_bytes(chance: np.ndarray) -> np.ndarray:
    packed: np.ndarray = np.clip(np.rint(chance * 256), 0, 255).astype(np.uint8)
    return packed
