"""docs/mechanics.md maps each mechanic from the design brief to the level ids that play it;
every id it names must still exist in that level."""

import re
from functools import cache
from pathlib import Path

import pytest

from game.core.content.loader import load_level
from game.paths import levels_dir

DOC = Path(__file__).parents[1] / "docs" / "mechanics.md"
ROW = re.compile(r"^\|\s*([^|]+?)\s*\|\s*`?([a-z0-9_]+)`?\s*\|\s*([^|]+?)\s*\|\s*$")
COLLECTIONS = (
    "rules",
    "events",
    "services",
    "prompts",
    "perks",
    "restrictions",
    "characters",
    "items",
    "posts",
    "feed",
    "tiers",
    "goals",
)


def _rows() -> list[tuple[str, str, list[str]]]:
    rows = []
    for line in DOC.read_text(encoding="utf-8").splitlines():
        match = ROW.match(line)
        if match and match.group(2) not in {"level", ""} and not set(match.group(1)) <= {"-", " "}:
            ids = [i.strip(" `") for i in match.group(3).split(",") if i.strip(" `")]
            rows.append((match.group(1), match.group(2), ids))
    return rows


ROWS = _rows()


def test_the_table_lists_mechanics():
    assert len(ROWS) >= 30


@cache
def _known_ids(level_id: str) -> frozenset[str]:
    result = load_level(levels_dir() / f"{level_id}.yaml")
    assert result.ok, [p.format() for p in result.problems]
    spec = result.level.spec
    return frozenset(entry.id for name in COLLECTIONS for entry in getattr(spec, name))


@pytest.mark.parametrize("mechanic, level_id, ids", ROWS, ids=[f"{r[1]}:{r[0][:30]}" for r in ROWS])
def test_every_listed_id_exists_in_its_level(mechanic, level_id, ids):
    missing = [i for i in ids if i not in _known_ids(level_id)]
    assert not missing, f"{mechanic}: {missing} not in {level_id}"
