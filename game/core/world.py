"""The world: an immutable snapshot of one citizen's life on one level.

The engine thaws a snapshot into a `Draft`, applies one action, and freezes it again, so
every snapshot a caller holds stays valid (for replay, undo and live reload).
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from game.core.level import Level
from game.core.values import quick_init


@quick_init
@dataclass(frozen=True, slots=True)
class PendingChange:
    """A score change decided but not landed yet (daily or weekly cadence, or scheduled)."""

    day: int
    delta: int
    factor: str
    reason: str
    rule_id: str
    evidence: str
    sources: tuple[str, ...]
    cause: str
    disputable: bool
    due: int = 0
    """The evening it lands, whatever the cadence (a delayed dispute); 0: the next update."""


@dataclass(frozen=True)
class World:
    """Everything that can change during a level. Never mutated after creation."""

    level: Level = field(repr=False, compare=False)
    seed: int
    rng_state: Mapping[str, Any] = field(repr=False)
    day: int = 1
    actions_left: int = 0
    actions_today: int = 0
    money: int = 0
    score: int = 0
    factors: Mapping[str, int] = field(default_factory=dict)
    pending: tuple[PendingChange, ...] = ()
    tier: str = ""
    perks: frozenset[str] = frozenset()
    restrictions: frozenset[str] = frozenset()
    granted: frozenset[str] = frozenset()
    imposed: frozenset[str] = frozenset()
    flags: frozenset[str] = frozenset()
    owned: Mapping[str, int] = field(default_factory=dict)
    posted: tuple[str, ...] = ()
    fabricated: frozenset[str] = frozenset()
    reacted: frozenset[str] = frozenset()
    feed: tuple[tuple[int, str], ...] = ()
    """(day, feed post id) for each post characters published so far."""
    friends: frozenset[str] = frozenset()
    char_scores: tuple[float, ...] = ()
    """Characters' own scores, in the level's character order."""
    in_scheme: frozenset[str] = frozenset()
    used_services: frozenset[str] = frozenset()
    answers: Mapping[str, str] = field(default_factory=dict)
    open_prompts: tuple[str, ...] = ()
    enabled_rules: frozenset[str] = frozenset()
    rule_fires: Mapping[str, int] = field(default_factory=dict)
    fires_today: Mapping[str, int] = field(default_factory=dict)
    match_days: Mapping[str, frozenset[int]] = field(default_factory=dict)
    badges: tuple[str, ...] = ()
    goals: Mapping[str, str] = field(default_factory=dict)
    """Goal id to 'met' or 'failed' once judged."""
    events_done: frozenset[str] = frozenset()
    helped: frozenset[str] = frozenset()
    unfriended: frozenset[str] = frozenset()
    """Characters the player has unfriended, on any day (even if friends again since)."""
    loans: tuple[tuple[str, int, int], ...] = ()
    """(character, amount, repay day) for loans still out."""
    messages: Mapping[str, int] = field(default_factory=dict)
    open_talks: tuple[str, ...] = ()
    """Characters' messages waiting for a reply, oldest first."""
    talks_seen: frozenset[str] = frozenset()
    talk_replies: Mapping[str, str] = field(default_factory=dict)
    """Talk id to the reply the player chose."""
    reactions_due: tuple[tuple[int, str, str, str], ...] = ()
    """(day, character, text, mood) of reactions still to come."""
    disputable: Mapping[int, tuple[str, int, str]] = field(default_factory=dict)
    """Change id to (rule id, delta, factor) for errors the player may still dispute."""
    next_change_id: int = 1
    history: tuple[tuple[int, int], ...] = ()
    """(day, score) at the end of each day."""
    quiet_evening: bool = False
    """The last evening brought the player no news (the next quiet one gets a post)."""
    ended: bool = False

    def char_score(self, character: str) -> int:
        return round(self.char_scores[self.level.character_index[character]])


_DICT_FIELDS = tuple(
    name for name, f in World.__dataclass_fields__.items() if f.default_factory is dict
)
"""The mapping fields: the only ones a Draft changes in place, so the only ones copied."""


class Draft:
    """A mutable copy of a World's fields, used inside one engine step only.

    Thawing and freezing copy the instance dicts directly: they run twice per engine step,
    and the generated frozen-dataclass `__init__` costs more than the step's own work.
    The annotations below are World's fields as the engine changes them (mappings as dicts);
    a test keeps the two lists equal.
    """

    level: Level
    seed: int
    rng_state: Mapping[str, Any]
    day: int
    actions_left: int
    actions_today: int
    money: int
    score: int
    factors: dict[str, int]
    pending: tuple[PendingChange, ...]
    tier: str
    perks: frozenset[str]
    restrictions: frozenset[str]
    granted: frozenset[str]
    imposed: frozenset[str]
    flags: frozenset[str]
    owned: dict[str, int]
    posted: tuple[str, ...]
    fabricated: frozenset[str]
    reacted: frozenset[str]
    feed: tuple[tuple[int, str], ...]
    friends: frozenset[str]
    char_scores: tuple[float, ...]
    in_scheme: frozenset[str]
    used_services: frozenset[str]
    answers: dict[str, str]
    open_prompts: tuple[str, ...]
    enabled_rules: frozenset[str]
    rule_fires: dict[str, int]
    fires_today: dict[str, int]
    match_days: dict[str, frozenset[int]]
    badges: tuple[str, ...]
    goals: dict[str, str]
    events_done: frozenset[str]
    helped: frozenset[str]
    unfriended: frozenset[str]
    loans: tuple[tuple[str, int, int], ...]
    messages: dict[str, int]
    open_talks: tuple[str, ...]
    talks_seen: frozenset[str]
    talk_replies: dict[str, str]
    reactions_due: tuple[tuple[int, str, str, str], ...]
    disputable: dict[int, tuple[str, int, str]]
    next_change_id: int
    history: tuple[tuple[int, int], ...]
    quiet_evening: bool
    ended: bool

    def __init__(self, world: World) -> None:
        values = self.__dict__
        values.update(world.__dict__)
        for name in _DICT_FIELDS:
            values[name] = dict(values[name])

    def freeze(self) -> World:
        """A World of the draft's fields (the annotations above, so mypy lets the engine set
        nothing else on a draft)."""
        world = object.__new__(World)
        world.__dict__.update(self.__dict__)
        return world

    def char_score(self, character: str) -> int:
        return round(self.char_scores[self.level.character_index[character]])
