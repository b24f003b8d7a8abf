"""`Outcome` reduces a run once; it agrees with a plain scan of the run's events."""

from functools import cache
from pathlib import Path

import pytest

from game.core import events as ev
from game.core.actions import Action
from game.core.content.loader import load_level
from game.core.engine import new_world
from game.core.level import Level
from game.core.outcome import outcome_of
from game.sim.bots import BUILT_IN
from game.sim.runner import Episode, run_episode

LEVELS = sorted(Path("levels").glob("*.yaml"))


@cache
def _level(path: Path) -> Level:
    level = load_level(path).level
    assert level is not None, path
    return level


def _scanned(level: Level, episode: Episode) -> dict[str, object]:
    """What the debrief, simulate and lint each used to scan from events (the oracle)."""
    start, _ = new_world(level, episode.seed)
    tiers, perks, restrictions = {start.tier}, set(start.perks), set(start.restrictions)
    for e in episode.events:
        if isinstance(e, ev.TierChanged):
            tiers.add(e.new)
        elif isinstance(e, ev.PerkGranted):
            perks.add(e.perk)
        elif isinstance(e, ev.RestrictionApplied):
            restrictions.add(e.restriction)
    w = episode.world
    return {
        "tiers": tiers,
        "perks": perks,
        "restrictions": restrictions,
        "met": {g for g, s in w.goals.items() if s == "met"},
        "history": w.history,
        "score": w.score,
    }


@pytest.mark.parametrize("path", LEVELS, ids=lambda p: p.stem)
@pytest.mark.parametrize("strategy", sorted(BUILT_IN))
def test_the_outcome_reaches_what_a_scan_of_the_events_finds(path: Path, strategy: str):
    level = _level(path)
    for seed in (1, 7):
        episode = run_episode(level, BUILT_IN[strategy], seed)
        o, old = episode.outcome, _scanned(level, episode)
        assert set(o.tiers_reached) == old["tiers"]
        assert set(o.perks_gained) == old["perks"]
        assert set(o.restrictions_applied) == old["restrictions"]
        assert set(o.goals_met) == old["met"]
        assert o.path[1:] == old["history"] and o.final_score == old["score"]


@pytest.mark.parametrize("path", LEVELS, ids=lambda p: p.stem)
def test_every_money_change_is_an_event_that_adds_up_to_the_balance(path: Path):
    level = _level(path)
    episode = run_episode(level, BUILT_IN["random"], 3)
    moves = [e for e in episode.events if isinstance(e, ev.MoneyChanged)]
    assert sum(e.delta for e in moves) == episode.world.money - level.spec.player.money
    assert all(e.reason for e in moves)


def test_building_while_playing_equals_replaying_the_record(all_features):
    episode = run_episode(all_features, BUILT_IN["dissident"], 5)
    assert outcome_of(all_features, 5, episode.actions) == episode.outcome


def test_a_purchase_that_raised_the_score_is_a_choice_with_its_price_and_its_gain(all_features):
    o = outcome_of(all_features, 1, [Action("buy", "diapers")])
    (bought,) = [c for c in o.choices if c.action == Action("buy", "diapers")]
    assert bought.money < 0 and bought.score == 20
    label = all_features.items["diapers"].label
    assert o.spent[f"Bought {label}"] == -bought.money


def test_cutting_a_friend_is_told_apart_from_being_cut(all_features):
    world, _ = new_world(all_features, 1)
    friend = sorted(world.friends)[0]
    o = outcome_of(all_features, 1, [Action("unfriend", friend)])
    assert [c for _, c in o.friends_cut] == [friend]
    assert o.friends_lost == ()


def test_every_landed_score_change_is_a_move_in_the_order_it_landed(all_features):
    episode = run_episode(all_features, BUILT_IN["random"], 4)
    landed = [e for e in episode.events if isinstance(e, ev.ScoreChanged)]
    moves = episode.outcome.moves
    assert [(m.day, m.delta, m.rule_id) for m in moves] == [
        (e.day, e.delta, e.rule_id) for e in landed
    ]
