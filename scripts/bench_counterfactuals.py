"""Debrief timings per shipped level: choosing the turning points, and each counterfactual
replay (the screen computes one per frame, so the slowest single replay is what a frame pays).

Prints figures; never asserts (machines differ).
Run: python scripts/bench_counterfactuals.py [--strategy conformist] [--seeds 1 2 3]
"""

import argparse
import time

from game.core.content.loader import load_level
from game.paths import level_files
from game.sim.bots import BUILT_IN
from game.sim.runner import run_episode
from game.sim.turning_points import counterfactuals, turning_points


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--strategy", default="conformist", choices=sorted(BUILT_IN))
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    args = parser.parse_args()
    print(f"{'level':22} {'points ms':>10} {'replays':>8} {'mean ms':>8} {'max ms':>8}")
    for path in level_files():
        level = load_level(path).level
        if level is None:
            continue
        pick, each = [], []
        for seed in args.seeds:
            episode = run_episode(level, BUILT_IN[args.strategy], seed)
            start = time.perf_counter()
            points = turning_points(level, seed, episode.actions, episode.outcome)
            pick.append((time.perf_counter() - start) * 1000)
            produce = counterfactuals(level, seed, episode.actions, points, episode.outcome)
            while True:
                start = time.perf_counter()
                if next(produce, None) is None:
                    break
                each.append((time.perf_counter() - start) * 1000)
        mean = sum(each) / len(each) if each else 0.0
        print(
            f"{level.id:22} {max(pick):10.1f} {len(each):8d} {mean:8.1f} {max(each, default=0):8.1f}"
        )


if __name__ == "__main__":
    main()
