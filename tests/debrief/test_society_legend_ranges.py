"""The society chart's legend gives every tier of a level the same way: Gig Street showed
'Deactivated (below 4.60)', 'At risk (4.60 to 4.69)' and 'Top driver (4.90 and up)' beside a
bare 'Good standing', the one tier whose scores a reader had to guess."""

import re
from functools import cache

import pytest

from game.core.content.loader import load_level
from game.core.level import Level
from game.design.debrief.society import _legend, _tiers, society_of
from game.paths import levels_dir

RANGE = re.compile(r"\((below [\d.,]+|[\d.,]+ to [\d.,]+|[\d.,]+ and up)\)$")
LEVELS = sorted(p.stem for p in levels_dir().glob("*.yaml"))


@cache
def _level(level_id: str) -> Level:
    level = load_level(levels_dir() / f"{level_id}.yaml").level
    assert level is not None
    return level


def _legend_names(level: Level) -> list[str]:
    parts, _ = _legend(_tiers(level, society_of(level, 1, citizens=200)))
    return [re.sub(r"<[^>]+>", "", p) for p in parts if p.startswith("<text")]


@pytest.mark.parametrize("level_id", LEVELS)
def test_a_level_s_legend_gives_a_range_for_every_tier_or_for_none(level_id: str):
    names = _legend_names(_level(level_id))
    with_range = [n for n in names if RANGE.search(n)]
    assert with_range in ([], names), names


def test_gig_street_s_good_standing_says_its_range_in_the_legend():
    assert "Good standing (4.70 to 4.89)" in _legend_names(_level("gig_street"))


def test_each_range_written_in_a_tier_label_matches_the_tier_s_own_scores():
    for level_id in LEVELS:
        level = _level(level_id)
        score, tiers = level.spec.score, level.tiers
        for i, tier in enumerate(tiers):
            found = RANGE.search(tier.label)
            if found is None:
                continue
            if i == 0:
                expected = f"below {score.shown(tiers[1].min)}"
            elif i == len(tiers) - 1:
                expected = f"{score.shown(tier.min)} and up"
            else:
                expected = f"{score.shown(tier.min)} to {score.shown(tiers[i + 1].min - 1)}"
            assert found.group(1) == expected, (level_id, tier.label)
