"""Digests of whole played runs (actions, events, final world, outcome) on the fixture levels,
so a change meant to make the engine or the bots faster can show it changed no result.

Re-record only when results are meant to change (a rule or a fixture level changed):
    python -m tests.sim.recorded_runs
"""

import dataclasses
import hashlib
import json
from enum import Enum
from pathlib import Path
from typing import Any

from game.core.content.loader import load_level
from game.core.level import Level
from game.sim.bots import chooser_for, strategy_names
from game.sim.runner import run_episode

LEVELS = Path(__file__).parents[1] / "fixtures" / "levels"
RECORD = Path(__file__).parents[1] / "fixtures" / "recorded_runs.json"
SEEDS = range(8)
LONG_DAYS = 14
"""all_features is also played over this many days, as the simulate benchmark does."""


def canonical(value: Any) -> Any:
    """Plain JSON data that is the same in every process (sets sorted, floats exact)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        names = [f.name for f in dataclasses.fields(value) if f.name != "level"]
        return [type(value).__name__, {n: canonical(getattr(value, n)) for n in names}]
    if isinstance(value, dict):
        return sorted([canonical(k), canonical(v)] for k, v in value.items())
    if isinstance(value, set | frozenset):
        return sorted(canonical(v) for v in value)
    if isinstance(value, list | tuple):
        return [canonical(v) for v in value]
    if isinstance(value, float):
        return float.hex(value)
    if isinstance(value, Enum):
        return value.value
    return value


def played_levels() -> dict[str, Level]:
    """The fixture levels by name, plus all_features stretched to LONG_DAYS days."""
    levels = {}
    for path in sorted(LEVELS.glob("*.yaml")):
        level = load_level(path).level
        assert level is not None, path
        levels[path.stem] = level
        if path.stem == "all_features":
            player = level.spec.player.model_copy(update={"days": LONG_DAYS})
            spec = level.spec.model_copy(update={"player": player})
            levels[f"{path.stem}_{LONG_DAYS}"] = dataclasses.replace(level, spec=spec)
    return levels


def digest(level: Level, strategy: str, seed: int) -> str:
    choose = chooser_for(level, strategy)
    assert choose is not None, strategy
    episode = run_episode(level, choose, seed)
    data = canonical([episode.actions, episode.events, episode.world, episode.outcome])
    text = json.dumps(data, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()[:20]


def record() -> dict[str, Any]:
    """Level name to its content hash and strategy to one digest per seed."""
    out: dict[str, Any] = {}
    for name, level in played_levels().items():
        runs = {s: [digest(level, s, seed) for seed in SEEDS] for s in strategy_names(level)}
        out[name] = {"content_hash": level.content_hash, "runs": runs}
    return out


if __name__ == "__main__":
    RECORD.write_text(json.dumps(record(), indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {RECORD}")
