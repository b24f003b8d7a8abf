"""On a score of two states (The List: listed or not), a turning point names the state a
change led to once: the level's reason and the game's ', now Listed' never both say it
('You moved assets to evade the judgment: listed (now Listed)' said it twice)."""

import re
from functools import cache

import pytest

from game.core.content.loader import load_level
from game.core.level import Level
from game.paths import level_files
from game.sim.bots import chooser_for
from game.sim.runner import run_episode
from game.sim.turning_points import _points, turning_points

STRATEGIES = ("random", "dissident", "conformist", "maximiser", "loyal_friend")
SEEDS = range(4)


@cache
def _two_state_levels() -> tuple[Level, ...]:
    levels = (load_level(path).level for path in level_files())
    return tuple(
        lv for lv in levels if lv is not None and lv.spec.score.max - lv.spec.score.min <= 1
    )


def _state_words(level: Level) -> set[str]:
    """The last word of each state's label ('listed' of 'Listed' and 'Not listed')."""
    return {t.label.lower().split()[-1] for t in level.tiers}


def test_the_shipped_levels_include_a_score_of_two_states():
    assert [lv.id for lv in _two_state_levels()] == ["the_list"]


@pytest.mark.parametrize("level", _two_state_levels(), ids=lambda lv: lv.id)
def test_no_turning_point_of_a_two_state_level_names_its_state_twice(level: Level):
    twice = set()
    for strategy in STRATEGIES:
        choose = chooser_for(level, strategy)
        for seed in SEEDS:
            episode = run_episode(level, choose, seed)
            for point in turning_points(level, seed, episode.actions, episode.outcome):
                words = re.findall(r"[a-z]+", point.line.lower())
                if any(words.count(w) > 1 for w in _state_words(level)):
                    twice.add(point.line)
    assert not twice, sorted(twice)


@pytest.mark.parametrize("level", _two_state_levels(), ids=lambda lv: lv.id)
def test_a_two_state_level_s_turning_points_still_name_the_state_a_change_led_to(level: Level):
    said = set()
    for seed in SEEDS:
        episode = run_episode(level, chooser_for(level, "dissident"), seed)
        said |= {p.line for p in turning_points(level, seed, episode.actions, episode.outcome)}
    assert any(", now Listed" in line for line in said), sorted(said)


def test_a_reason_that_ends_by_naming_the_state_is_not_followed_by_it_again():
    (level,) = _two_state_levels()
    assert _points(level, -1, ("documented",), said="You hid the van: listed") == (" [Documented]")
    assert _points(level, -1, ("documented",), said="You hid the van") == (
        ", now Listed [Documented]"
    )


def test_a_reason_naming_the_other_state_still_gets_the_state_reached():
    (level,) = _two_state_levels()
    assert _points(level, -1, (), said="Until today: not listed") == ", now Listed"
    assert _points(level, 1, (), said="Debt paid: not listed") == ""
