"""What the player can buy and write, and what appears in their feed."""

from pydantic import Field

from game.core.spec.base import MAX_DAY, MONEY_LIMIT, Id, Label, Spec, Text, Whole
from game.core.spec.conditions import Condition


class PriceIf(Spec):
    """A price that applies when a condition holds (device-based pricing, perk discounts)."""

    when: Condition = Field(alias="if")
    price: Whole = Field(ge=0, le=MONEY_LIMIT)
    note: Label
    """Why the price differs, shown next to it."""


class Item(Spec):
    """A shop item."""

    id: Id
    label: Label
    price: Whole = Field(ge=0, le=MONEY_LIMIT)
    tags: tuple[Id, ...] = ()
    """Tags that rules match (responsible, idle, imported...)."""
    description: Text | None = None
    once: bool = False
    """True if it can be bought only once."""
    price_if: tuple[PriceIf, ...] = ()
    """Conditional prices; the first that holds wins."""
    available: Condition | None = None
    """Shown in the shop only while this holds."""


class Post(Spec):
    """A post option the player may publish."""

    id: Id
    text: Text
    tone: Id = "personal"
    """patriotic, critical, personal, joke... (also usable as a tag)."""
    tags: tuple[Id, ...] = ()
    available: Condition | None = None
    """Offered only while this holds."""


class FeedPost(Spec):
    """A post a character publishes; the player may like or share it."""

    id: Id
    author: Id
    """The character who writes it."""
    text: Text
    tags: tuple[Id, ...] = ()
    day: Whole | None = Field(default=None, ge=1, le=MAX_DAY)
    """Appears on this day. Without a day the author may post it any evening (see post_chance),
    and on the second quiet evening in a row someone posts one (a friend's first)."""
