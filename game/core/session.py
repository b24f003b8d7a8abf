"""Session records: seed + level identity + actions, enough to replay every event."""

from dataclasses import dataclass

from game.core.actions import Action

SESSION_KIND = "citizen-score-session"
SESSION_VERSION = 1


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

    def to_json(self) -> dict:
        return {
            "kind": SESSION_KIND,
            "version": SESSION_VERSION,
            "level_id": self.level_id,
            "level_hash": self.level_hash,
            "seed": self.seed,
            "strategy": self.strategy,
            "player": self.player,
            "actions": [a.to_json() for a in self.actions],
            "events": list(self.events),
        }

    @classmethod
    def from_json(cls, data: dict) -> "SessionRecord":
        """Build from parsed JSON (kind and version already checked); ValueError if malformed."""
        try:
            seed = data["seed"]
            if not isinstance(seed, int) or isinstance(seed, bool) or seed < 0:
                raise ValueError(f"seed must be a whole number >= 0, not {seed!r}")
            actions = data["actions"]
            if not isinstance(actions, list):
                raise ValueError("actions must be a list")
            return cls(
                level_id=str(data["level_id"]),
                level_hash=str(data["level_hash"]),
                seed=seed,
                actions=tuple(Action.from_json(a) for a in actions),
                events=tuple(str(e) for e in data.get("events", [])),
                strategy=str(data.get("strategy", "human")),
                player=str(data.get("player", "")),
            )
        except KeyError as exc:
            raise ValueError(f"missing field {exc.args[0]!r}") from None
