"""What every rule kind shares: id, the factor it moves, the reason and the evidence."""

from pydantic import Field

from game.core.spec.base import COUNT_LIMIT, SCORE_LIMIT, Id, Sourced, Text, Whole
from game.core.spec.conditions import Condition


class RuleBase(Sourced):
    """Fields every rule kind has."""

    id: Id
    factor: Id | None = None
    """The factor the change counts against; the level's first factor when left out."""
    delta: Whole = Field(default=0, ge=-SCORE_LIMIT, le=SCORE_LIMIT)
    """Points added when the rule fires (negative to remove)."""
    reason: Text
    """The explanation the player may read (if the regime explains)."""
    when_also: Condition | None = Field(default=None, alias="if")
    """Extra conditions on the world that must hold for the rule to fire."""
    enabled: bool = True
    """False: the rule counts only once an event enables it (a rule change mid-level)."""
    max_times: Whole | None = Field(default=None, ge=1, le=COUNT_LIMIT)
    """The rule fires at most this many times in the level."""
    disputable: bool = False
    """True when this change is an error the player can dispute (where the regime allows)."""
