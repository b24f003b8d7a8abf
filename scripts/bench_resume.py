"""Frame times while Continue resumes a long save, through the real app (headless).

The save: the example level made 30 days of 10 actions, a bot's run to the last morning, and
each of its actions sent again until the save holds --actions (5,000 is the most a save may
hold; --actions 0 keeps the bot's run alone); most repeats are refused by the engine.
Prints the frame that pressed Continue (the title has read the save already), the max and
median frame while resuming, the frame that hands over to the day (it builds the day
screen), full garbage collections, and the one-shot replay the resume replaces; never asserts.
Run: python scripts/bench_resume.py [--actions 5000] [--repeats 3]
"""

import argparse
import gc
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # for tests.ui.long_save

import pygame

from game.core.actions import Action
from game.core.level import Level
from game.core.record import SessionRecord
from game.ui.play import PlaySession
from tests.ui.long_save import long_actions, long_level

FRAME = 0.016


def resume_frames(
    level: Level, actions: list[Action], freeze: bool = True
) -> tuple[list[float], list[bool], int]:
    """Press Continue on the title: each frame's ms until the day shows, whether a full
    garbage collection ran in it, and the most actions one frame replayed."""
    from game.ui.app import App
    from game.ui.scenes.flow import start_scenes
    from game.ui.store import save_session

    record = SessionRecord(level.id, level.content_hash, 1, tuple(actions))
    problem = save_session(record)
    if problem:
        sys.exit(problem)
    app = App()
    if freeze:
        app.settle_memory()
    try:
        start_scenes(app, None, None, None)
        app.tick(FRAME)
        key = next(k for k, _, _ in app.top.focus.items if k.startswith("Continue:"))
        app.top.focus.focus_key(key)
        pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_RETURN, mod=0))
        times, collected, most, done = [], [], 0, 0
        while app.top is None or app.top.name in ("title", "resume"):
            full = gc.get_stats()[2]["collections"]
            start = time.perf_counter()
            app.tick(FRAME)
            times.append((time.perf_counter() - start) * 1000)
            collected.append(gc.get_stats()[2]["collections"] > full)
            now = len(app.top.session.script) if app.top.name == "resume" else len(actions)
            most, done = max(most, now - done), now
        if app.top.name != "day":
            sys.exit(f"the resume ended on {app.top.name!r}, not the day")
        return times, collected, most
    finally:
        pygame.quit()


class Collections:
    """Times Python's full (generation 2) garbage collections, which land in whatever frame
    is running and explain its spikes."""

    def __init__(self) -> None:
        self.ms: list[float] = []
        self._start = 0.0

    def __call__(self, phase: str, info: dict) -> None:
        if info["generation"] != 2:
            return
        if phase == "start":
            self._start = time.perf_counter()
        else:
            self.ms.append((time.perf_counter() - self._start) * 1000)


def one_shot_ms(level: Level, actions: list[Action]) -> float:
    start = time.perf_counter()
    PlaySession.start(level, 1, actions)
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actions", type=int, default=5000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument(
        "--no-freeze",
        action="store_true",
        help="skip App.settle_memory() (gc.freeze and collections at scene changes), to compare",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "levels"
        folder.mkdir()
        os.environ["CITIZEN_SCORE_LEVELS"] = str(folder)
        os.environ["CITIZEN_SCORE_HOME"] = str(Path(tmp) / "home")
        level = long_level(folder)
        if level is None:
            sys.exit("the long variant of the example level does not load")
        actions, own = long_actions(level, args.actions)
        print(f"save: {len(actions)} actions ({own} from the bot's 30-day run, the rest repeats)")
        press, middle, last, count, most, clean = [], [], [], [], 0, []
        full = Collections()
        for _ in range(args.repeats):
            gc.callbacks.append(full)
            times, collected, slice_most = resume_frames(level, actions, not args.no_freeze)
            gc.callbacks.remove(full)
            press.append(times[0])
            middle += times[1:-1]
            pairs = zip(times[1:-1], collected[1:-1], strict=True)
            clean += [t for t, gc_ran in pairs if not gc_ran]
            last.append(times[-1])
            count.append(len(times))
            most = max(most, slice_most)
        shots = [one_shot_ms(level, actions) for _ in range(args.repeats)]
    med = statistics.median
    print(f"frames from Continue to the day: median {med(count)}; most actions in one: {most}")
    print(f"  frame that pressed Continue: median {med(press):.1f} ms")
    if middle:
        p95 = statistics.quantiles(middle, n=20)[-1] if len(middle) > 1 else middle[0]
        print(
            f"  resume frames: max {max(middle):.1f} ms, 95th percentile {p95:.1f} ms, "
            f"median {med(middle):.1f} ms"
        )
    if clean:
        print(f"  resume frames without a full collection: max {max(clean):.1f} ms")
    print(f"  frame that hands over (builds the day screen): median {med(last):.1f} ms")
    if full.ms:
        print(
            f"  full garbage collections in those frames: {len(full.ms)}, max {max(full.ms):.1f} ms"
        )
    print(f"one-shot replay the resume replaces: median {med(shots):.1f} ms")


if __name__ == "__main__":
    main()
