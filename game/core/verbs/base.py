"""What a player verb is: its targets, the offers it makes now, its refusal and its effect.

Each verb lives in one module of this package and owns all four, so the phone, the bots,
lint and the engine ask the same code (see `offers.offers` and `engine.step`).
"""

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum

from game.core import events as ev
from game.core.actions import Action
from game.core.level_spec import LevelSpec
from game.core.values import quick_init
from game.core.world import Draft, World

State = World | Draft
"""A snapshot or the draft being changed: verbs read the same fields from either."""


class Refused(StrEnum):
    """Which check stands in an offer's way, so a screen can word it for its own place."""

    TIME = "time"
    RESTRICTION = "restriction"
    REQUIREMENT = "requirement"
    PRICE = "price"
    OTHER = "other"


@quick_init
@dataclass(frozen=True, slots=True)
class Offer:
    """One thing the player could do now, or could see and not do (then `refusal` says why)."""

    action: Action
    label: str
    """The button's words ("Buy", "Lend 50", "Apply")."""
    tags: frozenset[str]
    """What rules see of the target for this verb (an item's tags, a post's tone...)."""
    refusal: str | None = None
    """The engine's refusal, word for word, or None when the action would be taken."""
    price: int = 0
    price_note: str | None = None
    """Why the price differs from the list price (a perk, a surcharge), if it does."""
    target_score: int | None = None
    """The score of the person the action is about, as rules' score bounds see it."""
    refused_for: Refused | None = None
    """Which check refused it (None when the action would be taken)."""
    reason: str | None = None
    """The refusal without the name of what it refuses, for a card that shows that name
    already ("It costs 200; you have 141."); None when the action would be taken."""

    @property
    def allowed(self) -> bool:
        return self.refusal is None


def offer(
    w: State,
    verb: str,
    target: str,
    label: str,
    tags: frozenset[str],
    refusal: str | None = None,
    price: int = 0,
    price_note: str | None = None,
    target_score: int | None = None,
    refused_for: Refused | None = None,
    reason: str | None = None,
) -> Offer:
    """`Offer(Action(verb, target), ...)`, made once per level and then reused: offers are
    immutable values, and making one costs several times looking it up. A refusal given
    alone is its own reason, refused by a check of the verb's own (`Refused.OTHER`)."""
    given = (verb, target, label, tags, refusal, price, price_note, target_score, refused_for)
    key = ("offer", *given, reason)
    made = w.level.made
    found = made.get(key)
    if isinstance(found, Offer):
        return found
    if refusal is not None:
        refused_for = refused_for or Refused.OTHER
        reason = refusal if reason is None else reason
    new = Offer(
        Action(verb, target),
        label,
        tags,
        refusal,
        price,
        price_note,
        target_score,
        refused_for,
        reason,
    )
    w.level.remember(key, new)
    return new


@quick_init
@dataclass(frozen=True, slots=True)
class Verb:
    """A player verb: `candidates` lists what it can act on now (refusals included),
    `refusal` says why an action cannot be taken, `apply` changes the draft."""

    name: str
    targets: Callable[[LevelSpec], dict[str, frozenset[str]]]
    """Every target the level can ever offer for this verb, with its tags (for lint)."""
    candidates: Callable[[World], Iterator[Offer]]
    refusal: Callable[[State, Action], str | None]
    apply: Callable[[Draft, list[ev.Event], Action], None]
    free: bool = False
    """True if it does not use up one of the day's actions."""
