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


SEED_ROW = re.compile(
    r"^\|\s*(\d+)\s*\|\s*([^|]+?)\s*\|\s*([a-z0-9_-]+)\s*\|\s*([^|]+?)\s*\|\s*([^|]+?)\s*\|\s*$"
)


def _seed_rows() -> list[tuple[int, str, str, list[str], str]]:
    rows = []
    for line in DOC.read_text(encoding="utf-8").splitlines():
        if match := SEED_ROW.match(line):
            number, claim, level_id, ids, card = match.groups()
            ids_list = [i.strip(" `") for i in ids.split(",") if i.strip(" `-")]
            rows.append((int(number), claim, level_id, ids_list, card))
    return rows


SEED_ROWS = _seed_rows()


@cache
def _card_titles(level_id: str) -> frozenset[str]:
    result = load_level(levels_dir() / f"{level_id}.yaml")
    assert result.ok, [p.format() for p in result.problems]
    return frozenset(card.title for card in result.level.spec.debrief.cards)


def test_the_seed_table_covers_all_49_claims_once():
    assert [row[0] for row in SEED_ROWS] == list(range(1, 50))


@pytest.mark.parametrize("row", SEED_ROWS, ids=[f"seed{r[0]}" for r in SEED_ROWS])
def test_each_seed_claim_is_played_and_named_or_left_out_with_a_reason(row):
    number, claim, level_id, ids, card = row
    if level_id == "-":
        assert card.startswith("not played: ") and len(card) > 40, (number, claim)
        return
    assert ids, (number, claim)
    missing = [i for i in ids if i not in _known_ids(level_id)]
    assert not missing, f"seed {number}: {missing} not in {level_id}"
    prefix, _, rest = card.partition(": ")
    card_level, title = (
        (prefix, rest) if (levels_dir() / f"{prefix}.yaml").exists() else (level_id, card)
    )
    assert title in _card_titles(card_level), f"seed {number}: no card '{card}'"
