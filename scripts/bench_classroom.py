"""Classroom figures: class report time for 30 and 300 students (read files, replay each
student's run to check it, merge, render HTML and CSV, as `class report` does), and the collecting server's throughput on loopback (results posts and
dashboard status reads per second). Prints numbers; asserts nothing.

    .venv/bin/python scripts/bench_classroom.py [--level sesame_garden] [--posts 300]
"""

import argparse
import contextlib
import statistics
import tempfile
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from game.classroom.client import post_json
from game.classroom.code import make_code
from game.classroom.files import write_results
from game.classroom.gather import gather
from game.classroom.levels import shipped_levels
from game.classroom.report import build_report
from game.classroom.report_csv import report_csv
from game.classroom.report_html import report_html
from game.classroom.results import Results, make_results
from game.classroom.server import ClassServer, Limits
from game.classroom.store import Store
from game.classroom.verify import trusted
from game.core.outcome import outcome_of
from game.sim.bots import chooser_for
from game.sim.runner import run_episode

STRATEGIES = ("random", "conformist", "dissident", "loyal_friend", "maximiser")
DISTINCT = 40
"""Bot runs played; larger classes reuse them under new nicknames (the report's cost is the
same whether two students chose alike or not)."""


def class_results(level, code, size: int) -> list[Results]:
    played = []
    for i in range(min(size, DISTINCT)):
        strategy = STRATEGIES[i % len(STRATEGIES)]
        ep = run_episode(level, chooser_for(level, strategy), code.seed, bot_seed=i)
        played.append((ep, strategy))
    out = []
    for i in range(size):
        ep, strategy = played[i % len(played)]
        out.append(
            make_results(
                f"pupil-{i:04d}",
                code.text,
                level.id,
                level.content_hash,
                code.seed,
                ep.actions,
                ep.outcome,
                strategy,
            )
        )
    return out


def time_report(level, results: list[Results], repeats: int = 3) -> tuple[float, float, int]:
    """The median wall and CPU seconds of a report of these results (CPU time is steadier on
    a shared machine), and how many runs the engine replayed for one report."""
    with tempfile.TemporaryDirectory() as folder:
        for r in results:
            write_results(r, Path(folder) / f"{r.nickname}.json")
        times, cpu = [], []
        with counted_replays() as replays:
            for _ in range(repeats):
                start, start_cpu = time.perf_counter(), time.process_time()
                played, found = trusted(gather([Path(folder)]), [level])[:2]
                report = build_report(found.results, played, found.scored)
                report_html(report), report_csv(report)
                times.append(time.perf_counter() - start)
                cpu.append(time.process_time() - start_cpu)
    return statistics.median(times), statistics.median(cpu), replays[0] // repeats


@contextlib.contextmanager
def counted_replays() -> Iterator[list[int]]:
    """Count the engine's replays of a run (`outcome_of`) where the report makes them; the
    real replay runs."""
    import game.classroom.report as report_module
    import game.classroom.verify as verify_module

    count = [0]
    real = outcome_of

    def counting(*args, **kwargs):
        count[0] += 1
        return real(*args, **kwargs)

    modules = (report_module, verify_module)
    for module in modules:
        module.outcome_of = counting
    try:
        yield count
    finally:
        for module in modules:
            module.outcome_of = real


def time_server(level, code, results: list[Results], workers: int) -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "class.db")
        store.add_session(code.text, level.id)
        server = ClassServer(("127.0.0.1", 0), store, Limits(posts_per_window=10**9))
        thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
        thread.start()
        address = server.server_address[:2]
        try:
            start = time.perf_counter()
            with ThreadPoolExecutor(workers) as pool:
                codes = list(
                    pool.map(lambda r: post_json(address, "/results", r.to_json()).status, results)
                )
            posts = len(results) / (time.perf_counter() - start)
            assert codes.count(201) == len(results), set(codes)
            reads = 300
            start = time.perf_counter()
            with ThreadPoolExecutor(workers) as pool:
                list(pool.map(lambda _: _status(address), range(reads)))
            status = reads / (time.perf_counter() - start)
        finally:
            server.shutdown()
            server.server_close()
            store.close()
    return posts, status


def _status(address) -> int:
    import http.client

    conn = http.client.HTTPConnection(*address, timeout=5)
    conn.request("GET", "/status.json")
    status = conn.getresponse().status
    conn.close()
    return status


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--level", default="sesame_garden")
    parser.add_argument("--posts", type=int, default=300)
    parser.add_argument("--workers", type=int, default=4)
    args = parser.parse_args()
    level = next(lv for lv in shipped_levels() if lv.id == args.level)
    code = make_code(level.id, level.content_hash, 1)
    results = class_results(level, code, max(300, args.posts))
    for size in (30, 300):
        seconds, cpu, replays = time_report(level, results[:size])
        print(
            f"class report, {size} students ({level.id}): {seconds * 1000:.0f} ms, "
            f"{cpu * 1000:.0f} ms of CPU, {replays} runs replayed "
            "(read files, replay, merge, HTML and CSV; median of 3)"
        )
    posts, status = time_server(level, code, results[: args.posts], args.workers)
    print(
        f"server on loopback, {args.workers} clients: {posts:.0f} results posts/s "
        f"({args.posts} posts, each validated and committed), {status:.0f} status reads/s"
    )


if __name__ == "__main__":
    main()
