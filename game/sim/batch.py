"""Many episodes per strategy, in this process or across worker processes.

Workers load the level themselves from its path (nothing unpicklable crosses a process
boundary, so the pattern is safe under the `spawn` start method) and play through the
same `run_episode` and engine `step` as everything else. Every seed is played by exactly
one process, so a batch gives the same summaries as a sequential run.
"""

import gc
import multiprocessing
import os
import signal
from collections.abc import Sequence
from pathlib import Path

from game.core.content.loader import load_level
from game.core.level import Level
from game.sim.bots import chooser_for
from game.sim.miss_reasons import noting_offers, offer_days, wanted_actions
from game.sim.runner import run_episode
from game.sim.stats import RunSummary, summarize

PARALLEL_FROM = 200
"""Below this many episodes in total, starting workers costs more than it saves."""
CHUNKS_PER_WORKER = 16
"""Small chunks, so the workers finish together: with a few large ones, one worker could sit
idle for most of a chunk at the end (a chunk of seeds costs about a millisecond to hand over)."""

_worker_level: Level | None = None
_worker_problem = ""


def play_seeds(level: Level, strategy: str, seeds: Sequence[int]) -> list[RunSummary]:
    """Play one strategy once per seed, in this process. The offers of the actions goals
    need are noted as the engine makes them, so a missed goal can say whether the bot was
    offered its action and chose others."""
    choose = chooser_for(level, strategy)
    if choose is None:
        raise ValueError(f"unknown strategy '{strategy}'")
    wanted = wanted_actions(level.spec.goals)
    out = []
    for seed in seeds:
        seen: set[tuple[int, str, str]] = set()
        episode = run_episode(level, noting_offers(choose, wanted, seen), seed)
        out.append(summarize(level, strategy, episode, offer_days(seen)))
    return out


def simulate(
    level: Level,
    path: Path,
    strategies: Sequence[str],
    seeds: Sequence[int],
    workers: int | None = None,
) -> dict[str, list[RunSummary]]:
    """Summaries per strategy in seed order; `workers` None picks by size and CPU count."""
    total = len(strategies) * len(seeds)
    if workers is None:
        workers = min(os.cpu_count() or 1, 8) if total >= PARALLEL_FROM else 1
    workers = min(workers, len(seeds))  # a worker with no seeds to play only costs a start
    if workers <= 1:
        return {name: play_seeds(level, name, seeds) for name in strategies}
    chunks = _chunks(list(seeds), workers * CHUNKS_PER_WORKER)
    context = multiprocessing.get_context()
    # Forked workers start with this process's memory, so they keep its level instead of
    # reading the file again; other start methods would have to pickle it, so they read it.
    inherited = level if context.get_start_method() == "fork" else None
    # A Pool, not an executor: leaving the block terminates the workers, so Ctrl-C stops a
    # long batch at once instead of waiting for every queued chunk.
    with context.Pool(
        workers, initializer=_load_in_worker, initargs=(str(path), inherited)
    ) as pool:
        pending = {
            name: [pool.apply_async(_play_in_worker, (name, chunk)) for chunk in chunks]
            for name in strategies
        }
        return {name: [r for job in jobs for r in job.get()] for name, jobs in pending.items()}


def _chunks(seeds: list[int], count: int) -> list[list[int]]:
    size = max(1, -(-len(seeds) // count))
    return [seeds[i : i + size] for i in range(0, len(seeds), size)]


def _load_in_worker(path: str, level: Level | None = None) -> None:
    """Each worker has the level: `level` when it was forked with it, else it reads the file
    once (loading is deterministic, so it is the same level).

    Workers ignore Ctrl-C (the parent stops them), and a level that no longer loads is
    reported by the first chunk (a Pool restarts workers whose initializer raises). What
    exists once the level is loaded (modules, models, the level) lives as long as the worker,
    so it is frozen out of garbage collection: the collector stops walking it again and again
    while runs make and drop their events (5% fewer instructions per run).
    """
    global _worker_level, _worker_problem
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if level is not None:
        _worker_level = level
        gc.freeze()
        return
    result = load_level(Path(path))
    if result.ok:
        _worker_level = result.level
    else:
        _worker_problem = f"{path} no longer loads: {result.problems[0].format()}"
    gc.freeze()


def _play_in_worker(strategy: str, seeds: list[int]) -> list[RunSummary]:
    if _worker_level is None:
        raise RuntimeError(_worker_problem or "worker started without its level")
    return play_seeds(_worker_level, strategy, seeds)
