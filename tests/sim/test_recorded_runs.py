"""Every fixture level, every strategy, fixed seeds: the same runs as recorded (speed-ups of
the engine, offers and bots must not change a single result)."""

import json

import pytest

from game.sim.bots import strategy_names
from tests.sim.recorded_runs import RECORD, SEEDS, digest, played_levels

_RECORDED = json.loads(RECORD.read_text(encoding="utf-8"))
_LEVELS = played_levels()


@pytest.mark.parametrize("name", sorted(_LEVELS))
def test_fixed_seeds_replay_the_recorded_runs_exactly(name: str) -> None:
    level = _LEVELS[name]
    recorded = _RECORDED[name]
    assert recorded["content_hash"] == level.content_hash, (
        f"{name} changed since its runs were recorded: if results are meant to change, "
        "re-record with `python -m tests.sim.recorded_runs`"
    )
    for strategy, digests in recorded["runs"].items():
        played = [digest(level, strategy, seed) for seed in SEEDS]
        assert played == digests, strategy


def test_every_fixture_level_and_strategy_has_recorded_runs() -> None:
    assert sorted(_RECORDED) == sorted(_LEVELS)
    for name, level in _LEVELS.items():
        assert sorted(_RECORDED[name]["runs"]) == sorted(strategy_names(level))
