"""Benchmark of the society model: mean step time, peak memory, and the same model in Mesa.

    python scripts/bench_society.py --json            # 10^5 and 10^6 citizens, Mesa at 10^5
    python scripts/bench_society.py --sizes 100000 --mesa-steps 0 --view-budget 0

The view figures step the debrief's society view (10,000 citizens) to the end headless with
a per-frame budget and report the slowest update: one piece (a build stage or a third of a
day) runs per frame at least. CPU-time figures sit beside the wall-clock ones, since on a
shared machine a wall-clock millisecond may belong to another process. From 75,000
citizens the friend sums, and from 250,000 the whole day, run in two threads, so its CPU
time is more than its wall time.

One step is one simulated day with every measure included. Each population runs in its own
process so that its peak memory (max resident set) is its own. Mesa is a bench-only extra
(`pip install -e '.[bench]'`); without it the Mesa figures are left out and say why.
Targets on the 2-core reference machine: <= 5 ms per step at 10^5, <= 60 ms at 10^6, peak
memory at 10^6 under 2 GB, at least 300 times faster than Mesa at 10^5.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from game.core.content.loader import load_level  # noqa: E402
from game.core.level import Level  # noqa: E402
from game.sim.society.model import Society  # noqa: E402

LEVEL = ROOT / "levels" / "citizen_score_2020.yaml"


def _level() -> Level:
    result = load_level(LEVEL)
    assert result.level is not None, [p.format() for p in result.problems]
    return result.level


def bench_numpy(citizens: int, steps: int, warmup: int, seed: int, components: bool = True) -> dict:
    """Mean and spread of step times after `warmup` days, and how often components were
    recomputed (only on days when a dropped tie may have split the network)."""
    level = _level()
    start = time.perf_counter()
    rng = np.random.default_rng(seed)
    society = Society(level, citizens, warmup + steps, rng, components=components)
    setup = time.perf_counter() - start
    for _ in range(warmup):
        society.step()
    times, cpu = [], []
    before = society.network.recomputes
    for _ in range(steps):
        t, c = time.perf_counter(), time.process_time()
        society.step()
        times.append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)
    ms = np.array(times)
    return {
        "citizens": citizens,
        "components_measured": components,
        "steps": steps,
        "warmup_days": warmup,
        "setup_s": round(setup, 3),
        "mean_step_ms": round(float(ms.mean()), 2),
        "median_step_ms": round(float(np.median(ms)), 2),
        "min_step_ms": round(float(ms.min()), 2),
        "max_step_ms": round(float(ms.max()), 2),
        "median_step_cpu_ms": round(float(np.median(cpu)), 2),
        "components_recomputed_days": society.network.recomputes - before,
        "peak_memory_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def bench_mesa(citizens: int, steps: int, seed: int) -> dict:
    """The same model written the way a Mesa user would: one agent object per citizen."""
    try:
        import mesa
    except ImportError:
        return {"skipped": "mesa is not installed (pip install -e '.[bench]')"}
    from mesa_society import MesaSociety  # type: ignore[import-not-found]

    start = time.perf_counter()
    model = MesaSociety(_level(), citizens, seed)
    setup = time.perf_counter() - start
    times = []
    for _ in range(steps):
        t = time.perf_counter()
        model.step()
        times.append((time.perf_counter() - t) * 1000)
    return {
        "citizens": citizens,
        "steps": steps,
        "mesa_version": mesa.__version__,
        "setup_s": round(setup, 3),
        "mean_step_ms": round(float(np.mean(times)), 1),
    }


def bench_view(citizens: int, budget_ms: float, seed: int) -> dict:
    """The debrief's society view stepped to the end with a per-frame budget, headless."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    import pygame

    from game.ui.society_view import SocietyView

    pygame.init()
    screen = pygame.display.set_mode((1000, 640))
    view = SocietyView(_level(), seed, pygame.Rect(20, 20, 960, 600), 600, citizens=citizens)
    updates, cpu, draws = [], [], []
    while not view.done:
        t, c = time.perf_counter(), time.thread_time()
        view.update(budget_ms)
        updates.append((time.perf_counter() - t) * 1000)
        cpu.append((time.thread_time() - c) * 1000)
        t = time.perf_counter()
        view.draw(screen)
        draws.append((time.perf_counter() - t) * 1000)
    return {
        "citizens": citizens,
        "budget_ms": budget_ms,
        "frames": len(updates),
        "mean_update_ms": round(float(np.mean(updates)), 2),
        "max_update_ms": round(float(np.max(updates)), 2),
        "updates_over_budget": int(np.sum(np.array(updates) > budget_ms)),
        "max_update_cpu_ms": round(float(np.max(cpu)), 2),
        "updates_over_budget_cpu": int(np.sum(np.array(cpu) > budget_ms)),
        "mean_draw_ms": round(float(np.mean(draws)), 2),
        "max_draw_ms": round(float(np.max(draws)), 2),
    }


def _child(kind: str, citizens: int, args: argparse.Namespace) -> dict:
    """Run one measurement in a fresh process (its own peak memory) and read its JSON."""
    command = [sys.executable, __file__, "--one", kind, str(citizens)]
    command += ["--steps", str(args.steps), "--seed", str(args.seed)]
    command += ["--mesa-steps", str(args.mesa_steps), "--view-budget", str(args.view_budget)]
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).parent), PYGAME_HIDE_SUPPORT_PROMPT="1")
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        return {"citizens": citizens, "error": done.stderr.strip().splitlines()[-1:]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--steps", type=int, default=30, help="timed days per population")
    parser.add_argument("--mesa-steps", type=int, default=3, help="timed Mesa days (0: skip)")
    parser.add_argument("--mesa-size", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--view-budget", type=float, default=8.0, help="ms per frame for the view (0: skip)"
    )
    parser.add_argument("--one", nargs=2, metavar=("KIND", "CITIZENS"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        kind, citizens = args.one[0], int(args.one[1])
        if kind in ("numpy", "numpy-no-components"):
            measured = kind == "numpy"
            out = bench_numpy(citizens, args.steps, warmup=10, seed=args.seed, components=measured)
        elif kind == "view":
            out = bench_view(citizens, args.view_budget, seed=args.seed)
        else:
            out = bench_mesa(citizens, args.mesa_steps, seed=args.seed)
        print(json.dumps(out))
        return 0
    report = {
        "level": LEVEL.stem,
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "numpy": np.__version__,
            "load_average": [round(x, 2) for x in os.getloadavg()],
        },
        "numpy": [_child("numpy", n, args) for n in args.sizes],
        "numpy_without_components": [_child("numpy-no-components", n, args) for n in args.sizes],
    }
    if args.view_budget:
        report["view"] = _child("view", 10_000, args)
    if args.mesa_steps:
        mesa = _child("mesa", args.mesa_size, args)
        report["mesa"] = mesa
        ours = next((r for r in report["numpy"] if r.get("citizens") == args.mesa_size), None)
        if ours and "mean_step_ms" in mesa and "mean_step_ms" in ours:
            report["speedup_vs_mesa"] = round(mesa["mean_step_ms"] / ours["mean_step_ms"], 1)
    if args.json:
        print(json.dumps(report, indent=1))
    else:
        for row in report["numpy"]:
            print(row)
        print("view", report.get("view"))
        print("mesa", report.get("mesa"), "speedup", report.get("speedup_vs_mesa"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
