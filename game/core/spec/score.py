"""The score itself: range, cadence, what the regime shows, factors, tiers, perks, restrictions."""

from enum import StrEnum

from pydantic import Field, ValidationInfo, field_validator

from game.core.spec.base import (
    HINT,
    MAX_DAY,
    MONEY_LIMIT,
    SCORE_LIMIT,
    Id,
    Label,
    Number,
    Sourced,
    Spec,
    Text,
    Whole,
)
from game.core.spec.conditions import Condition


class Display(StrEnum):
    """How the score is shown to the player."""

    EXACT = "exact"
    TIER = "tier"
    HIDDEN = "hidden"


class Explanations(StrEnum):
    """How much the player is told when the score changes."""

    FULL = "full"
    AMOUNT = "amount"
    NONE = "none"


class Cadence(StrEnum):
    """When score changes land."""

    INSTANT = "instant"
    DAILY = "daily"
    WEEKLY = "weekly"


class Factor(Spec):
    """A named part of the score (credit history, relationships...)."""

    id: Id
    label: Label
    """The name shown in the factor panel."""
    weight: Number | None = Field(default=None, ge=0, le=1)
    """The share the regime claims for it (0-1); shown only if `weight_visible`."""
    weight_visible: bool = False
    """Whether the player is told the weight."""
    visible: bool = True
    """Whether the factor appears in the factor panel at all."""


class Score(Spec):
    """The regime's score: range, start, what the player sees and when it updates."""

    name: Label = "Score"
    """What the regime calls its score ("Sesame score", "FICO score", "Status")."""
    min: Whole = Field(default=0, ge=-SCORE_LIMIT, le=SCORE_LIMIT)
    max: Whole = Field(default=1000, ge=-SCORE_LIMIT, le=SCORE_LIMIT)
    start: Whole = Field(default=500, ge=-SCORE_LIMIT, le=SCORE_LIMIT)
    decimals: Whole = Field(default=0, ge=0, le=2)
    """Show the score divided by 10**decimals (a 1-5 star rating stored as 100-500 shows 4.21)."""
    display: Display = Display.EXACT
    """exact: the number; tier: only the tier; hidden: nothing until the debrief."""
    explanations: Explanations = Explanations.FULL
    """full: reason and amount; amount: the amount only; none: "your score changed"."""
    update: Cadence = Cadence.INSTANT
    """instant: at once; daily: each evening; weekly: every seventh evening."""
    factors: tuple[Factor, ...] = ()
    """Named factors; rules count against one of them."""
    others_visible: bool = True
    """Whether the player sees other people's scores (friends, suggestions, feed authors)."""
    dispute: bool = False
    """Whether the player may dispute disputable changes."""
    dispute_chance: Number = Field(default=1.0, ge=0, le=1)
    """The chance a dispute is upheld (1: always); drawn from the level seed and the change."""
    dispute_fee: Whole = Field(default=0, ge=0, le=MONEY_LIMIT)
    """Money a dispute costs, upheld or not (it also uses one of the day's actions)."""
    dispute_delay: Whole = Field(default=0, ge=0, le=MAX_DAY)
    """Days before an upheld dispute's correction lands (0: at once); lands on that evening,
    never after the last day."""
    adverse_action_notices: bool = False
    """When a service refuses because of the score, name the factors that hurt most."""
    joined_if: Condition | None = None
    """An opt-in score: the player has one only once this holds (`{flag: joined}`, set by the
    answer that joins). Until then the phone shows no number and no tier, only that the
    player has not joined. Rules that should not count before joining start disabled and are
    enabled by joining. Left out, the player is scored from day 1."""

    def shown(self, value: int) -> str:
        """The score as players read it."""
        return f"{value / 10**self.decimals:.{self.decimals}f}" if self.decimals else str(value)

    @field_validator("max")
    @classmethod
    def _max_above_min(cls, value: int, info: ValidationInfo) -> int:
        low = info.data.get("min")
        if low is not None and value <= low:
            raise ValueError(f"{value} is not above min {low}{HINT}make max the highest score")
        return value

    @field_validator("start")
    @classmethod
    def _start_in_range(cls, value: int, info: ValidationInfo) -> int:
        low, high = info.data.get("min"), info.data.get("max")
        if low is not None and high is not None and not low <= value <= high:
            raise ValueError(
                f"{value} is outside the score range {low}-{high}"
                f"{HINT}start between min and max, or widen the range"
            )
        return value


class TierIcon(StrEnum):
    """Shapes the game draws for tiers (game/ui/icons.py draws exactly these)."""

    CIRCLE = "circle"
    SQUARE = "square"
    TRIANGLE = "triangle"
    DIAMOND = "diamond"
    STAR = "star"
    CROSS = "cross"
    BARS = "bars"
    SHIELD = "shield"


TIER_ICONS = tuple(icon.value for icon in TierIcon)


class Tier(Sourced):
    """A band of the score with its perks and restrictions; the label says where its cut-off
    comes from (`game` when invented)."""

    id: Id
    label: Label
    min: Whole = Field(ge=-SCORE_LIMIT, le=SCORE_LIMIT)
    """The lowest score in this tier; each tier starts higher than the one listed before it."""
    icon: TierIcon = TierIcon.CIRCLE
    """A shape that tells tiers apart without colour."""
    description: Text | None = None
    perks: tuple[Id, ...] = ()
    """Perks held while in this tier."""
    restrictions: tuple[Id, ...] = ()
    """Restrictions imposed while in this tier."""


class Privilege(Sourced):
    """Shared by perks and restrictions."""

    id: Id
    label: Label
    description: Text | None = None
    when: Condition | None = Field(default=None, alias="if")
    """Also held whenever this condition holds, whatever the tier."""
    actions: Whole = Field(default=0, ge=-3, le=3)
    """Change to the actions the player has each day while this applies."""
    income: Whole = Field(default=0, ge=-MONEY_LIMIT, le=MONEY_LIMIT)
    """Change to the player's daily income while this applies."""


class Perk(Privilege):
    """Something the score unlocks: deposit-free rental, fast lanes, visibility."""


class Restriction(Privilege):
    """Something the score or a listing takes away: tickets, loans, jobs, bandwidth."""
