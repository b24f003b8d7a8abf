"""The friends' counts kept from day to day stay what a fresh count over the network gives."""

from pathlib import Path

import numpy as np

from game.core.content.loader import load_level
from game.sim.society import friends as friends_module
from game.sim.society.model import Society

LEVELS = Path(__file__).parents[3] / "levels"


def _fresh(society: Society) -> tuple[list[np.ndarray], np.ndarray]:
    friends, net, v = society.friends, society.network, society.v
    flags = [table.take(v) & mask for table, mask in zip(friends.packs, friends.masks, strict=True)]
    return [net.neighbour_sums(f) for f in flags], net.neighbour_sums(v.astype(np.int32))


def test_counts_kept_day_to_day_match_a_fresh_count(monkeypatch):
    monkeypatch.setattr(friends_module, "SPLIT_FROM", 1000)
    level = load_level(LEVELS / "nosedive.yaml").level
    society = Society(level, 3000, 30, np.random.default_rng(4))
    assert society.friends.split and society.friends.packs
    kept_days = 0
    while not society.done:
        before = [f.copy() for f in society.friends._flags]
        society.step()
        moved = sum(
            np.count_nonzero(a != b) for a, b in zip(before, society.friends._flags, strict=True)
        )
        kept_days += 0 < moved * 4 <= society.n  # counted by adding in, not recounted
        packed, scores = _fresh(society)
        for kept, fresh in zip(society.friends.packed, packed, strict=True):
            assert np.array_equal(kept, fresh)
        assert np.array_equal(society.friend_sum, scores)
    assert kept_days > 10
