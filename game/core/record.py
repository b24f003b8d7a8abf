"""Session records (seed + level identity + actions, enough to replay every event) and replay."""

import re
from dataclasses import dataclass
from typing import Any

from game.core import events as ev
from game.core.actions import END_DAY, Action
from game.core.engine import new_world, step
from game.core.level import Level
from game.core.seeds import MAX_SEED
from game.core.verbs import VERBS
from game.core.world import World

SESSION_KIND = "citizen-score-session"
SESSION_VERSION = 2
"""2: money changes are events (MoneyChanged). A version 1 record still replays: its events
are compared without the MoneyChanged lines it could not contain."""


MAX_ACTIONS = 5_000
"""Actions a record may hold, as a save (a level of 30 days needs far fewer): more are
refused before anything is replayed."""


@dataclass(frozen=True)
class SessionRecord:
    """What a played level needs to be replayed exactly."""

    level_id: str
    level_hash: str
    seed: int
    actions: tuple[Action, ...]
    events: tuple[str, ...] = ()
    """Each event as `describe` renders it, so a replay can be compared line by line."""
    strategy: str = "human"
    player: str = ""
    """An optional nickname or seat number (no accounts)."""
    version: int = SESSION_VERSION

    def to_json(self) -> dict[str, object]:
        return {
            "kind": SESSION_KIND,
            "version": self.version,
            "level_id": self.level_id,
            "level_hash": self.level_hash,
            "seed": self.seed,
            "strategy": self.strategy,
            "player": self.player,
            "actions": [a.to_json() for a in self.actions],
            "events": list(self.events),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "SessionRecord":
        """Build from parsed JSON (kind and version already checked); ValueError if malformed."""
        try:
            seed = _whole(data["seed"], "seed", 0, MAX_SEED)
            version = _whole(data.get("version", SESSION_VERSION), "version", 1, SESSION_VERSION)
            actions, events = data["actions"], data.get("events", [])
            if not isinstance(actions, list):
                raise ValueError("actions must be a list")
            if len(actions) > MAX_ACTIONS:
                raise ValueError(f"{len(actions)} actions; a record holds at most {MAX_ACTIONS}")
            if not isinstance(events, list):
                raise ValueError("events must be a list")
            return cls(
                level_id=str(data["level_id"]),
                level_hash=str(data["level_hash"]),
                seed=seed,
                actions=tuple(action_from_json(a) for a in actions),
                events=tuple(str(e) for e in events),
                strategy=str(data.get("strategy", "human")),
                player=str(data.get("player", "")),
                version=version,
            )
        except KeyError as exc:
            raise ValueError(f"missing field {exc.args[0]!r}") from None


def _whole(value: object, name: str, low: int, high: int) -> int:
    """A whole number from low to high, or ValueError in plain words (a list or a bool where
    a number belongs would otherwise reach int() and answer in Python's words)."""
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise ValueError(
            f"{name} must be a whole number from {low} to {high}, not {repr(value)[:40]}"
        )
    return value


def action_from_json(value: object) -> Action:
    """A recorded action whose verb the engine knows (the verb registry, or ending the day)."""
    action = Action.from_json(value)
    if action.verb not in VERBS and action != END_DAY:
        raise ValueError(f"unknown action {value!r}")
    return action


def replay(level: Level, seed: int, actions: list[Action]) -> tuple[World, list[ev.Event]]:
    """Re-run recorded actions; the same seed and actions give the same events."""
    world, events = new_world(level, seed)
    out = list(events)
    for action in actions:
        world, events = step(world, action)
        out.extend(events)
    return world, out


def comparable(record: SessionRecord, events: list[ev.Event]) -> tuple[list[str], list[str]]:
    """The recorded and the replayed events, each line as the record's version wrote it
    (version 1 had no money events), without the level file's folder and name: a record
    made on a copy of the level, or on another computer, names another path, and the
    content hash already says the level is the same."""
    if record.version < 2:
        events = [e for e in events if not isinstance(e, ev.MoneyChanged)]
    recorded = [_without_file(line) for line in record.events]
    return recorded, [_without_file(ev.describe(e)) for e in events]


_SOURCE = re.compile(r"""source=(['"]).*?(:\d+:\d+|:\?)\1""")
"""The `source='FILE:LINE:COLUMN'` of a rule's event; FILE is where the level lay."""


def _without_file(line: str) -> str:
    return _SOURCE.sub(r"source=\1\2\1", line)
