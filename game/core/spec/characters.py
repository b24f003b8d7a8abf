"""The people in the player's life and how they behave each day."""

from enum import StrEnum
from typing import Literal

from pydantic import Field

from game.core.spec.base import (
    LIST_LIMIT,
    MAX_DAY,
    MONEY_LIMIT,
    SCORE_LIMIT,
    Id,
    Label,
    Number,
    Spec,
    Text,
    Whole,
)
from game.core.spec.talks import Talk


class Relation(StrEnum):
    """Who the character is to the player."""

    FRIEND = "friend"
    FAMILY = "family"
    COLLEAGUE = "colleague"
    STRANGER = "stranger"


class HelpRequest(Spec):
    """What a character asks for when in trouble, and what helping does."""

    amount: Whole = Field(ge=0, le=MONEY_LIMIT)
    """Money the player lends."""
    text: Text
    """How the character asks."""
    from_day: Whole = Field(default=1, ge=1, le=MAX_DAY)
    """The first day they ask."""
    score_boost: Whole = Field(default=0, ge=-SCORE_LIMIT, le=SCORE_LIMIT)
    """Points the character's own score gains when helped."""
    repay_day_after: Whole | None = Field(default=None, ge=1, le=MAX_DAY)
    """Days until the loan is repaid; never repaid when left out."""


class Face(Spec):
    """How a character's drawn portrait looks; every trait left out is picked from their id,
    so the same character always gets the same face."""

    skin: Literal["pale", "light", "tan", "olive", "brown", "dark"] | None = None
    hair: Literal["short", "long", "bun", "ponytail", "curly", "buzz", "bald"] | None = None
    hair_colour: Literal["black", "brown", "auburn", "blond", "grey", "white"] | None = None
    age: Literal["child", "young", "adult", "old"] | None = None
    """Old faces get lines and, unless a colour is picked, grey hair."""
    glasses: bool | None = None
    shirt: Literal["red", "orange", "yellow", "green", "teal", "blue", "purple", "grey"] | None = (
        None
    )


class Character(Spec):
    """A character with their own score, traits and daily behaviour."""

    id: Id
    name: Label
    relation: Relation = Relation.STRANGER
    bio: Text
    """Who they are, in one or two sentences."""
    score: Whole = Field(ge=-SCORE_LIMIT, le=SCORE_LIMIT)
    """Their starting score."""
    friend: bool = False
    """True if they start as the player's friend."""
    tags: tuple[Id, ...] = ()
    """Traits rules can match (dissident, debtor, influencer, bot...)."""
    in_scheme: bool = True
    """False if they have not joined the scheme yet (see `joins` effects)."""
    drift: Number = Field(default=0.0, ge=-SCORE_LIMIT, le=SCORE_LIMIT)
    """Mean change to their score each day."""
    volatility: Number = Field(default=0.0, ge=0, le=SCORE_LIMIT)
    """Standard deviation of their daily score change."""
    post_chance: Number = Field(default=0.0, ge=0, le=1)
    """Chance each day that they publish one of their undated feed posts. At 0 their undated
    posts are kept for quiet evenings: the second in a row with no news brings one."""
    unfriends_below: Whole | None = Field(default=None, ge=-SCORE_LIMIT, le=SCORE_LIMIT)
    """They drop the player when the player's score falls below this (caste formation); a
    player outside an opt-in score (`score.joined_if`) is below it, for having no score."""
    suggested: bool = False
    """The system suggests them as a friend who would raise the player's score."""
    help: HelpRequest | None = None
    """What they ask for when they need help."""
    replies: tuple[Text, ...] = Field(default=(), max_length=LIST_LIMIT)
    """What they answer when messaged, in turn."""
    portrait: str | None = Field(default=None, max_length=200)
    """An image under the project's assets/ folder (e.g. assets/portraits/wei.png); when left
    out, a face is drawn in code (see `face`)."""
    talks: tuple[Talk, ...] = Field(default=(), max_length=20)
    """Messages they send that ask for a reply, and how they react to it (see Talk)."""
    face: Face | None = None
    """Traits of the drawn portrait, e.g. `{hair: bun, hair_colour: grey, age: old,
    glasses: true}`; an image in `portrait` wins over it."""
