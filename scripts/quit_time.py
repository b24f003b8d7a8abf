"""How long Quit takes to close the game: the app runs a few frames with its sound playing,
then a window-close event goes through the real frame loop and shutdown.

    python scripts/quit_time.py [--runs N]

Prints the median and the worst of N runs in milliseconds, each in a fresh process (the
audio device is opened and closed once per process, as in play).
"""

import argparse
import json
import statistics
import subprocess
import sys

ONE_RUN = """
import asyncio, json, os, time
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
import pygame
from game.ui.app import App
from game.ui.scenes.flow import start_scenes
app = App()
start_scenes(app, None, None, None)
for _ in range(30):
    app.tick(0.016)
sound = app.kit.audio.ready
pygame.event.post(pygame.event.Event(pygame.QUIT))
start = time.perf_counter()
asyncio.run(app.main_loop())
print(json.dumps({"quit_ms": (time.perf_counter() - start) * 1000, "sound": sound}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, choices=range(1, 51), metavar="1-50")
    runs = parser.parse_args().runs
    results = []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", ONE_RUN], capture_output=True, text=True, timeout=120
        )
        if done.returncode != 0:
            sys.exit(f"quit_time: the game failed: {done.stderr.strip().splitlines()[-1:]}")
        results.append(json.loads(done.stdout.strip().splitlines()[-1]))
    times = [r["quit_ms"] for r in results]
    print(
        f"quit_ms median {statistics.median(times):.1f} worst {max(times):.1f} "
        f"over {runs} runs (sound {'on' if results[0]['sound'] else 'off'})"
    )


if __name__ == "__main__":
    main()
