"""Lint of a level at the format's size limits stops with one clear warning instead of playing
for minutes."""

from pathlib import Path

import yaml

from game.core.content.loader import load_level
from game.design.lint import PLAY_BUDGET, lint_file, play_work
from tests.conftest import FIXTURES


class _NoAliases(yaml.SafeDumper):
    """Write shared lists out each time (anchors would count against the alias limit)."""

    def ignore_aliases(self, data: object) -> bool:
        return True


def _largest_level(tmp_path: Path) -> Path:
    data = yaml.safe_load((FIXTURES / "all_features.yaml").read_text(encoding="utf-8"))
    data["player"].update(days=30, actions_per_day=10)
    rule = data["rules"][0]
    data["rules"] += [dict(rule, id=f"extra_{i}") for i in range(200 - len(data["rules"]))]
    data["items"] += [
        {"id": f"item_{i}", "label": f"Item {i}", "price": 1, "tags": ["responsible"]}
        for i in range(200 - len(data["items"]))
    ]
    path = tmp_path / "largest.yaml"
    path.write_text(yaml.dump(data, Dumper=_NoAliases, sort_keys=False), encoding="utf-8")
    return path


def test_lint_of_a_level_too_large_to_play_warns_once_instead_of_playing(tmp_path: Path):
    path = _largest_level(tmp_path)
    assert play_work(load_level(path).level.spec) > PLAY_BUDGET
    too_large = [p for p in lint_file(path) if "too large for lint to play" in p.message]
    assert len(too_large) == 1 and too_large[0].severity == "warning"


def test_every_shipped_level_is_played_by_lint():
    for path in sorted((FIXTURES.parents[2] / "levels").glob("*.yaml")):
        assert play_work(load_level(path).level.spec) <= PLAY_BUDGET // 10, path.name
