"""A restriction that takes an action a day ("Slower internet") was said nowhere but in its
description: the evening that brings it says how many actions each day now gives, and why;
the evening that lifts it says so too, and an evening with no change says nothing."""

from dataclasses import replace
from pathlib import Path

from game.core import events as ev
from game.core.content.loader import load_level
from game.core.engine import new_world
from game.ui.report import evening_report

LEVEL = Path(__file__).parents[2] / "levels" / "citizen_score_2020.yaml"


def _level_and_world():
    level = load_level(LEVEL).level
    assert level is not None
    world, _ = new_world(level, 1)
    return level, world


def _day(actions: int, world) -> list[ev.Event]:
    return [ev.DayStarted(1, actions), ev.DayEnded(1, world.score, world.money)]


def test_the_evening_that_brings_a_slower_internet_says_two_actions_a_day_and_why() -> None:
    level, world = _level_and_world()
    slowed = replace(world, restrictions=world.restrictions | {"slow_internet"})
    report = evening_report(level, _day(3, world), [], slowed)
    assert "2 actions a day now, not 3: Slower internet." in report.morning


def test_the_evening_that_lifts_it_says_the_usual_count_is_back() -> None:
    level, world = _level_and_world()
    report = evening_report(level, _day(2, world), [], world)
    assert "Back to 3 actions a day." in report.morning


def test_an_evening_with_the_same_count_says_nothing_of_actions() -> None:
    level, world = _level_and_world()
    report = evening_report(level, _day(3, world), [], world)
    assert not any("actions a day" in line for line in report.morning)
