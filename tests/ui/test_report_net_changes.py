"""An evening whose score crossed a tier line and came back tells only where it ended: no
"Tier up" on a day the score went down and stayed in the same tier."""

from __future__ import annotations

from game.core import events as ev
from game.core.engine import new_world
from game.ui.report import evening_report


def _change(delta: int, after: int) -> ev.ScoreChanged:
    return ev.ScoreChanged(
        1, delta, "behaviour", f"Reason {delta}", "r", "f:1:1", "game", (), after, "Evening", 1
    )


def test_a_tier_crossed_and_crossed_back_in_one_evening_is_not_told(all_features):
    world, _ = new_world(all_features, 1)
    day = [
        _change(10, 555),
        ev.TierChanged(1, "low", "mid"),
        ev.RestrictionLifted(1, "no_train"),
        _change(-20, 535),
        ev.TierChanged(1, "mid", "low"),
        ev.RestrictionApplied(1, "no_train"),
        ev.DayEnded(1, 535, 500),
    ]
    lines = evening_report(all_features, day, [], world).lines
    assert not [x for x in lines if x.startswith(("Tier", "Restriction"))], lines


def test_two_tier_steps_in_one_evening_read_as_one_move_before_what_it_brought(all_features):
    world, _ = new_world(all_features, 1)
    day = [
        _change(-100, 600),
        ev.RestrictionApplied(1, "no_train"),
        ev.TierChanged(1, "high", "mid"),
        ev.TierChanged(1, "mid", "low"),
        ev.DayEnded(1, 500, 500),
    ]
    lines = evening_report(all_features, day, [], world).lines
    status = [x for x in lines if x.startswith(("Tier", "Restriction"))]
    assert len(status) == 2 and status[0].startswith("Tier down: ")
    assert status[1].startswith("Restriction")
