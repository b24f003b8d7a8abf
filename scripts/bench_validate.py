"""Time `load_level` on crafted levels just under the size limit, each built to be slow.

Run: .venv/bin/python scripts/bench_validate.py. Prints the median of 3 runs per file.
A file under the limit must validate within a second whatever it holds.
"""

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from game.core.content.loader import load_level_text  # noqa: E402
from game.core.content.yaml_source import MAX_BYTES  # noqa: E402
from game.core.spec.base import LIST_LIMIT  # noqa: E402
from tests.core.levels import MINIMAL  # noqa: E402


def _fill(text: str, section: str, entry: str) -> str:
    """MINIMAL with as many copies of `entry` (formatted with its index) in `section` as fit
    under the size limit, at most LIST_LIMIT - 1 (the section keeps its own first entry)."""
    entries = []
    size = len(text.encode())
    for i in range(LIST_LIMIT - 1):
        line = entry.format(i=i)
        if size + len(line.encode()) >= MAX_BYTES:
            break
        entries.append(line)
        size += len(line.encode())
    return text.replace(f"{section}:\n", f"{section}:\n" + "".join(entries), 1)


def unknown_ids() -> str:
    """Rules each naming a full list of unknown, similar ids: the 'did you mean' worst case."""
    items = _fill(MINIMAL, "items", "  - {{id: item_{i:05d}, label: I, price: 1}}\n")
    ids = ", ".join(f"itme_{i:05d}" for i in range(LIST_LIMIT))
    rule = (
        "  - {{id: r{i}, kind: action, when: {{action: buy, ids: ["
        + ids
        + "]}}, delta: 1, reason: x}}\n"
    )
    return _fill(items, "rules", rule)


def bad_entries() -> str:
    """Items whose every key is wrong: the most validation errors a file can hold."""
    entry = "  - {{id: 'X{i}', label: '', price: q, tags: [1, 2, 3, 4, 5, 6, 7, 8], once: 3}}\n"
    return _fill(MINIMAL, "items", entry)


def long_list() -> str:
    """One list far past LIST_LIMIT entries."""
    return MINIMAL.replace("items:\n", "items:\n" + "  - {}\n" * 70_000, 1)


def many_values() -> str:
    """A flow list of single digits: the most values the size limit allows."""
    return MINIMAL.replace("items:\n", "items:\n  - [" + ",".join("1" * 250_000) + "]\n", 1)


def main() -> None:
    for name, make in [
        ("unknown ids", unknown_ids),
        ("bad entries", bad_entries),
        ("long list", long_list),
        ("many values", many_values),
    ]:
        text = make()
        assert len(text.encode()) <= MAX_BYTES, (name, len(text.encode()))
        times, problems = [], []
        for _ in range(3):
            start = time.perf_counter()
            problems = load_level_text(text, "crafted.yaml").problems
            times.append(time.perf_counter() - start)
        runs = ", ".join(f"{t:.3f}" for t in times)
        print(
            f"{name:<12} {len(text) // 1024:4d} KiB {len(problems):5d} problems listed;"
            f" median {statistics.median(times):.3f} s (runs: {runs})"
        )
        print(f"{'':<12} last: {problems[-1].format()[:100]}")


if __name__ == "__main__":
    main()
