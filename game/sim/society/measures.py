"""What the society model measures, as plain functions over arrays (tested on hand-built cases).

Scores and incomes are whole numbers, so inequality and percentiles come from a histogram
(one pass over the citizens) instead of a sort.
"""

import numpy as np

PERCENTILES = (10, 25, 50, 75, 90)


def gini(values: np.ndarray) -> float:
    """Gini coefficient of non-negative values: 0 when all are equal, near 1 when one has all."""
    x = np.sort(np.asarray(values, dtype=np.float64))
    n, total = x.size, x.sum()
    if n == 0 or total <= 0:
        return 0.0
    ranks = np.arange(1, n + 1)
    return float(2 * (ranks * x).sum() / (n * total) - (n + 1) / n)


def gini_from_counts(counts: np.ndarray, values: np.ndarray | None = None) -> float:
    """The same Gini from a histogram: counts[k] citizens hold values[k] (ascending, >= 0)."""
    counts = np.asarray(counts, dtype=np.float64)
    values = np.arange(counts.size, dtype=np.float64) if values is None else values
    n, total = counts.sum(), (counts * values).sum()
    if n == 0 or total <= 0:
        return 0.0
    before = np.cumsum(counts) - counts
    rank_sums = counts * before + counts * (counts + 1) / 2
    return float(2 * (values * rank_sums).sum() / (n * total) - (n + 1) / n)


def percentiles_from_counts(counts: np.ndarray, qs: tuple[int, ...] = PERCENTILES) -> np.ndarray:
    """Percentiles of a histogram over 0..len-1 (numpy's 'inverted_cdf' method)."""
    cumulative = np.cumsum(counts)
    targets = np.asarray(qs, dtype=np.float64) / 100 * cumulative[-1]
    found: np.ndarray = np.searchsorted(cumulative, targets, side="left").astype(np.float64)
    return found


def value_at_rank(counts: np.ndarray, rank: int) -> int:
    """The value held by the citizen at 0-based `rank` in ascending order."""
    return int(np.searchsorted(np.cumsum(counts), rank + 1, side="left"))


def assortativity(values: np.ndarray, neighbour_sums: np.ndarray, degree: np.ndarray) -> float:
    """Newman's assortativity of a value over the ties: the correlation between the values at
    the two ends of a tie (1: everyone knows only their equals; 0: ties ignore the value)."""
    x = np.asarray(values)
    k = np.asarray(degree)
    exact = x.dtype.kind in "iu" and np.asarray(neighbour_sums).dtype.kind in "iu"
    wide = np.int64 if exact else np.float64
    kx = k.astype(wide) * x
    moments = kx.sum(), (kx * x).sum(), (x.astype(wide) * neighbour_sums).sum()
    return assortativity_of(k.sum(dtype=wide), *moments)


def assortativity_of(ends: float, kx: float, kxx: float, xs: float) -> float:
    """The same from its sums over citizens: degrees (tie ends), degree x value, degree x
    value squared, and value x friends' value sum. Whole-number sums give an exact result."""
    if ends == 0:
        return 0.0
    if all(isinstance(s, int | np.integer) for s in (ends, kx, kxx, xs)):
        # Exact: the mean and moments as fractions over ends**2 before one division.
        e, a, b, c = int(ends), int(kx), int(kxx), int(xs)
        exact_spread = b * e - a * a
        if exact_spread <= 0:
            return 0.0
        return (c * e - a * a) / exact_spread
    mean = float(kx) / float(ends)
    spread = float(kxx) / float(ends) - mean * mean
    if spread <= 1e-12 * max(1.0, mean * mean):
        return 0.0
    return float((float(xs) / float(ends) - mean * mean) / spread)


def component_sizes(labels: np.ndarray) -> np.ndarray:
    """Sizes of the connected components, largest first."""
    return np.sort(np.bincount(labels))[::-1]
