"""`citizen-score bench [--json]`: frame times of every scene, headless, at 1280x720."""

import argparse
import json
import os
import resource
import shutil
import sys
import tempfile
import time

from game.cli.args import bounded_int
from game.cli.common import unreadable_level

PROCESS_START = time.perf_counter()
SIZE = (1280, 720)
MAX_FRAMES = 10_000
"""Frames per scene at most: about two minutes for every scene; medians settle by 240."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument(
        "--frames",
        type=bounded_int(20, MAX_FRAMES),
        default=240,
        help=f"frames measured per scene, 20 to {MAX_FRAMES}",
    )
    parser.add_argument("--level", help="the level to use (default: the first shipped level)")


def run(args: argparse.Namespace) -> int:
    problem = None if args.level is None else unreadable_level(args.level)  # '' too
    if problem is not None:
        print(f"citizen-score bench: {problem}", file=sys.stderr)
        return 1
    os.environ["SDL_VIDEODRIVER"] = "dummy"
    os.environ["SDL_AUDIODRIVER"] = "dummy"
    os.environ["SDL_NO_SIGNAL_HANDLERS"] = "1"  # SDL would turn SIGTERM into an unread event
    home = tempfile.mkdtemp(prefix="citizen-score-bench-")
    os.environ["CITIZEN_SCORE_HOME"] = home  # never touch the player's saves
    try:
        from game.ui.bench import measure

        result = measure(SIZE, args.frames, args.level, PROCESS_START)
    except (LookupError, ValueError) as exc:
        print(f"citizen-score bench: {exc}", file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(home, ignore_errors=True)
    result["peak_rss_mb"] = round(_peak_rss_mb(), 1)
    if args.json:
        print(json.dumps(result))
    else:
        for name, figures in result["scenes"].items():
            print(
                f"{name:16} median {figures['median_ms']:6.2f} ms  p99 {figures['p99_ms']:6.2f} ms"
                f"  (CPU p99 {figures['cpu_p99_ms']:6.2f} ms)"
            )
        print(f"first frame {result['first_frame_s']} s, peak RSS {result['peak_rss_mb']} MB")
    return 0


def _peak_rss_mb() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return usage / (1024 * 1024) if sys.platform == "darwin" else usage / 1024
