"""From SHARED_SUMS_FROM citizens both threads share the rows of the friend sums, even where
the rest of the day runs on one thread; the society is the same either way, and the game's
own views (10,000 citizens) start no helper thread."""

from pathlib import Path

import numpy as np

from game.core.content.loader import load_level
from game.sim.society.halves import SHARED_SUMS_FROM
from game.sim.society.model import Society

LEVEL = Path(__file__).parents[3] / "levels" / "citizen_score_2020.yaml"


def _society(citizens: int) -> Society:
    level = load_level(LEVEL).level
    assert level is not None
    return Society(level, citizens, 3, np.random.default_rng(5))


def test_a_society_of_shared_sums_size_shares_its_friend_sums_and_only_them() -> None:
    network = _society(SHARED_SUMS_FROM).network
    assert network.sharing is not None and network.halves is None


def test_a_society_with_shared_friend_sums_is_the_one_a_single_thread_makes() -> None:
    runs = []
    for shared in (True, False):
        society = _society(SHARED_SUMS_FROM)
        if not shared:
            society.network.sharing = None
        while not society.done:
            society.step()
        runs.append(society.result(5).csv_text())
    assert runs[0] == runs[1]


def test_the_debrief_s_society_of_ten_thousand_starts_no_helper_thread() -> None:
    network = _society(10_000).network
    assert network.sharing is None and network.halves is None
