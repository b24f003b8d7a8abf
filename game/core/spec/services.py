"""Services on the phone: rentals, tickets, loans, jobs, visas; gated by perks and restrictions."""

from pydantic import Field

from game.core.spec.base import MONEY_LIMIT, ButtonWord, Id, Label, Sourced, Text, Whole
from game.core.spec.catalog import PriceIf
from game.core.spec.conditions import Condition
from game.core.spec.effects import Effects


class Service(Sourced):
    """Something the player applies for; refused with a reason when gated."""

    id: Id
    label: Label
    button: ButtonWord = "Apply"
    """The word on its button, for what the player does: Pay, Book, Rent, Apply."""
    category: Id = "service"
    """travel, money, work, health, housing, dating, admin... (chooses the icon)."""
    description: Text | None = None
    price: Whole = Field(default=0, ge=0, le=MONEY_LIMIT)
    price_if: tuple[PriceIf, ...] = ()
    """Conditional prices, such as a waived deposit with a perk; the first that holds wins."""
    blocked_by: tuple[Id, ...] = ()
    """Restrictions that refuse it."""
    requires: Condition | None = None
    """Must hold, or the service is refused with `refusal`."""
    refusal: Text = "Your application was refused."
    """What the player reads when `requires` fails."""
    outcome: Text
    """What the player reads when it succeeds."""
    effects: Effects | None = None
    once: bool = True
    """True: it can succeed only once."""
    available: Condition | None = None
    """Listed only while this holds."""
