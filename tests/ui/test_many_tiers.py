"""A level with many tiers lists those around the player's on the Score tab and counts the
rest: every tier line is drawn text, and 200 long ones took gigabytes."""

import copy
import re

from game.core.content.loader import load_level_text
from game.core.engine import new_world
from game.ui.scenes.tabs import TIER_LINES, rows_for
from tests.hostile.extreme_levels import BASE, level_text


def _score_tab(tiers: int) -> str:
    data = copy.deepcopy(BASE)
    low, start = data["score"]["min"], data["score"]["start"]
    data["tiers"] = [
        {"id": f"t{i}", "label": f"Tier {i}", "min": low + i * 2} for i in range(tiers)
    ]
    data["score"]["start"] = min(start, low + (tiers - 1) * 2)
    result = load_level_text(level_text(data), "tiers.yaml")
    assert result.level is not None, [p.format() for p in result.problems]
    world, _ = new_world(result.level, 1)
    return "<br>".join(row.markup for row in rows_for("score", world))


def test_forty_tiers_list_those_around_the_players_and_count_the_others() -> None:
    text = _score_tab(40)
    listed = [i for i in range(40) if f"<b>Tier {i}</b>" in text]
    assert len(listed) == TIER_LINES
    assert "\u2190 you" in text
    counted = re.findall(r"(\d+) (?:higher|lower) tiers? not shown", text)
    assert counted and sum(map(int, counted)) == 40 - TIER_LINES


def test_a_few_tiers_are_all_listed() -> None:
    text = _score_tab(5)
    assert all(f"<b>Tier {i}</b>" in text for i in range(5)) and "not shown" not in text
