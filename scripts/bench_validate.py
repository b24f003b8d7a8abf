"""Time `validate` on a crafted level just under the size limit, full of unknown ids.

Run: .venv/bin/python scripts/bench_validate.py [--ids N]. Prints the median of 3 runs.
A file under the limit must validate within a second whatever it holds.
"""

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from game.core.content.loader import load_level_text  # noqa: E402
from game.core.content.yaml_source import MAX_BYTES  # noqa: E402
from tests.core.levels import MINIMAL  # noqa: E402


def crafted(count: int) -> str:
    """MINIMAL plus as many items as allowed and a rule naming `count` unknown, similar ids."""
    items = "".join(f"  - {{id: item_{i:05d}, label: I, price: 1}}\n" for i in range(199))
    ids = ", ".join(f"itme_{i:05d}" for i in range(count))
    text = MINIMAL.replace("items:\n", "items:\n" + items, 1)
    return text.replace("ids: [apple]", f"ids: [{ids}]", 1)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ids", type=int, default=30000)
    count = parser.parse_args().ids
    text = crafted(count)
    assert len(text.encode()) < MAX_BYTES, len(text.encode())
    times = []
    for _ in range(3):
        start = time.perf_counter()
        problems = load_level_text(text, "crafted.yaml").problems
        times.append(time.perf_counter() - start)
    print(f"{count} unknown ids, {len(text) // 1024} KiB, {len(problems)} problems")
    print(
        f"validate median {statistics.median(times):.3f} s (runs: {', '.join(f'{t:.3f}' for t in times)})"
    )


if __name__ == "__main__":
    main()
