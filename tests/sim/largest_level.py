"""A level at the format's list limits (200 items, characters, posts, services, rules and feed
entries; 30 days of 10 actions), to measure the bots at the largest size a designer may write.

    python -m tests.sim.largest_level      # times one maximiser run on it
"""

import time
from pathlib import Path

import yaml

from game.core.content.loader import load_level
from game.core.level import Level
from game.core.spec.base import LIST_LIMIT
from tests.conftest import FIXTURES


class _NoAliases(yaml.SafeDumper):
    """Write shared lists out each time (anchors would count against the alias limit)."""

    def ignore_aliases(self, data: object) -> bool:
        return True


def _filled(entries: list[dict[str, object]], make: object) -> list[dict[str, object]]:
    assert callable(make)
    return entries + [make(i) for i in range(LIST_LIMIT - len(entries))]


def largest_level_text() -> str:
    """all_features.yaml with every list the bots choose from filled to the limit."""
    data = yaml.safe_load((FIXTURES / "all_features.yaml").read_text(encoding="utf-8"))
    data["player"].update(days=30, actions_per_day=10, money=1_000_000)
    tags = ["responsible", "idle", "local", "patriotic", "critical"]
    data["items"] = _filled(
        data["items"],
        lambda i: {"id": f"item_{i}", "label": f"Item {i}", "price": 1, "tags": [tags[i % 5]]},
    )
    data["posts"] = _filled(
        data["posts"],
        lambda i: {
            "id": f"post_{i}",
            "text": f"Post {i}.",
            "tone": ["patriotic", "critical"][i % 2],
        },
    )
    data["feed"] = _filled(
        data["feed"],
        lambda i: {"id": f"feed_{i}", "author": "lu", "text": f"Feed {i}.", "tags": [tags[i % 5]]},
    )
    data["characters"] = _filled(
        data["characters"],
        lambda i: {
            "id": f"person_{i}",
            "name": f"Person {i}",
            "bio": "Someone in town.",
            "score": 300 + 3 * i,
            "friend": i % 2 == 0,
            "tags": [["debtor", "neighbour"][i % 2]],
        },
    )
    data["services"] = _filled(
        data["services"],
        lambda i: {
            "id": f"service_{i}",
            "label": f"Service {i}",
            "category": "money",
            "price": 1,
            "requires": {"score_at_least": 100 + 4 * i},
            "refusal": "Refused.",
            "outcome": "Done.",
        },
    )
    rule = data["rules"][0]
    data["rules"] = _filled(
        data["rules"],
        lambda i: dict(rule, id=f"extra_{i}", when={"action": "buy", "tags": [tags[i % 5]]}),
    )
    return yaml.dump(data, Dumper=_NoAliases, sort_keys=False)


def largest_level(folder: Path) -> Level:
    """The level, written to `folder` and loaded (it must load without a problem)."""
    path = folder / "largest.yaml"
    path.write_text(largest_level_text(), encoding="utf-8")
    result = load_level(path)
    assert result.ok and result.level is not None, result.problems[:3]
    return result.level


def main() -> None:
    import tempfile

    from game.sim.bots import chooser_for
    from game.sim.runner import run_episode

    with tempfile.TemporaryDirectory() as folder:
        level = largest_level(Path(folder))
        for name in ("maximiser", "conformist"):
            choose = chooser_for(level, name)
            assert choose is not None
            start = time.perf_counter()
            episode = run_episode(level, choose, 0)
            took = time.perf_counter() - start
            print(f"{name}: one run of {len(episode.actions)} actions in {took:.1f} s")


if __name__ == "__main__":
    main()
