"""Core timings: load+validate, one autoplay of a 14-day level, a 1000-run simulate.

Prints figures and their ratio to the targets; never asserts (machines differ).
Run: python scripts/bench_core.py [--autoplay-runs 30] [--sim-runs 1000] [--strategy random]
"""

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from game.core.content.loader import load_level
from game.paths import PROJECT_ROOT, level_files
from game.sim.bots import chooser_for, strategy_names
from game.sim.runner import run_episode

EXAMPLE = PROJECT_ROOT / "tests" / "fixtures" / "levels" / "all_features.yaml"
VALIDATE_TARGET_MS = 50.0
AUTOPLAY_TARGET_MS = 100.0
SIMULATE_TARGET_S = 2.5


def median_ms(body: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        body()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def fourteen_day_variant(folder: Path) -> Path:
    """The example level with player.days set to 14 (no shipped level is that long yet)."""
    text = EXAMPLE.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    start = lines.index("player:\n")
    for i in range(start + 1, len(lines)):
        if lines[i].startswith("  days:"):
            lines[i] = "  days: 14\n"
            break
    path = folder / "all_features_14.yaml"
    path.write_text("".join(lines), encoding="utf-8")
    return path


def report(label: str, value: float, unit: str, target: float) -> None:
    print(f"  {label:<38} {value:9.2f} {unit}  ({value / target:.2f} x target {target:g} {unit})")


def bench_validate(repeats: int) -> None:
    print(f"validate (load_level), median of {repeats}:")
    for path in [EXAMPLE, *level_files()]:
        report(
            path.name, median_ms(lambda p=path: load_level(p), repeats), "ms", VALIDATE_TARGET_MS
        )


def bench_autoplay(path: Path, repeats: int) -> None:
    level = load_level(path).level
    print(f"autoplay of {path.name} (14 days), median of {repeats} seeds:")
    for name in strategy_names(level):
        choose = chooser_for(level, name)
        seeds = iter(range(repeats))
        ms = median_ms(lambda c=choose, s=seeds: run_episode(level, c, next(s)), repeats)
        report(name, ms, "ms", AUTOPLAY_TARGET_MS)


def bench_simulate(path: Path, runs: int, strategy: str) -> None:
    command = [sys.executable, "-m", "game", "simulate", str(path)]
    command += ["--strategy", strategy, "--runs", str(runs), "--seed", "0"]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(f"simulate {runs} runs, {strategy}, whole command incl. start-up and workers:")
    if done.returncode != 0:
        print(f"  failed ({done.returncode}): {done.stderr.strip()}")
        return
    report(f"wall time ({runs / wall:.0f} runs/s)", wall, "s", SIMULATE_TARGET_S)
    # CPU time of the command and its workers: steadier than wall time on a shared machine
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    print(f"  {'CPU time, parent and workers':<38} {cpu:9.2f} s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--validate-runs", type=int, default=15)
    parser.add_argument("--autoplay-runs", type=int, default=30)
    parser.add_argument("--sim-runs", type=int, default=1000)
    parser.add_argument("--strategy", nargs="+", default=["random", "conformist"])
    args = parser.parse_args()
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"{os.cpu_count()} CPUs, load average {load} (figures stretch when others run)")
    bench_validate(args.validate_runs)
    with tempfile.TemporaryDirectory() as folder:
        path = fourteen_day_variant(Path(folder))
        bench_autoplay(path, args.autoplay_runs)
        for strategy in args.strategy:
            bench_simulate(path, args.sim_runs, strategy)
    return 0


if __name__ == "__main__":
    sys.exit(main())
