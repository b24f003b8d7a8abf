"""The root of a level file (format 1): every part of the format plus the rule kinds."""

from typing import Literal

from pydantic import Field

from game.core.rules import Rule
from game.core.spec.base import (
    COUNT_LIMIT,
    LIST_LIMIT,
    MAX_DAY,
    MONEY_LIMIT,
    Id,
    Label,
    Spec,
    Text,
    Whole,
)
from game.core.spec.catalog import FeedPost, Item, Post
from game.core.spec.characters import Character
from game.core.spec.intended import INTENDED_EXAMPLE, IntendedWarning
from game.core.spec.score import Perk, Restriction, Score, Tier
from game.core.spec.services import Service
from game.core.spec.society import Society
from game.core.spec.story import Debrief, Event, Goal, Prompt, Strategy

LEVEL_FORMAT = 1


class Meta(Spec):
    """Who the level is for and how long it plays."""

    id: Id
    title: Label
    setting: Label
    """Where the level takes place."""
    year: Whole = Field(ge=1900, le=2100)
    summary: Text
    """One or two sentences for level select."""
    objectives: tuple[Text, ...] = Field(min_length=1)
    """What a student should be able to explain afterwards."""
    minutes: Whole = Field(default=15, ge=5, le=60)
    """Expected play time."""
    order: Whole = Field(default=100, ge=-COUNT_LIMIT, le=COUNT_LIMIT)
    """Position in level select (lower first)."""


class Player(Spec):
    """The citizen the player becomes."""

    name: Label
    role: Text
    """Who you are, in the second person."""
    briefing: Text
    """The regime as the player is told it."""
    money: Whole = Field(default=500, ge=0, le=MONEY_LIMIT)
    income: Whole = Field(default=0, ge=0, le=MONEY_LIMIT)
    """Money earned each evening."""
    days: Whole = Field(default=10, ge=1, le=MAX_DAY)
    actions_per_day: Whole = Field(default=3, ge=1, le=10)


class LevelSpec(Spec):
    """A whole level file."""

    format: Literal[1]
    """The level format version; this code reads format 1."""
    meta: Meta
    player: Player
    score: Score
    society: Society = Society()
    tiers: tuple[Tier, ...] = Field(min_length=1, max_length=LIST_LIMIT)
    """From the lowest score up: the first starts at `score.min`, each next one higher."""
    perks: tuple[Perk, ...] = Field(default=(), max_length=LIST_LIMIT)
    restrictions: tuple[Restriction, ...] = Field(default=(), max_length=LIST_LIMIT)
    items: tuple[Item, ...] = Field(default=(), max_length=LIST_LIMIT)
    posts: tuple[Post, ...] = Field(default=(), max_length=LIST_LIMIT)
    feed: tuple[FeedPost, ...] = Field(default=(), max_length=LIST_LIMIT)
    characters: tuple[Character, ...] = Field(default=(), max_length=LIST_LIMIT)
    services: tuple[Service, ...] = Field(default=(), max_length=LIST_LIMIT)
    rules: tuple[Rule, ...] = Field(default=(), max_length=LIST_LIMIT)
    events: tuple[Event, ...] = Field(default=(), max_length=LIST_LIMIT)
    prompts: tuple[Prompt, ...] = Field(default=(), max_length=LIST_LIMIT)
    goals: tuple[Goal, ...] = Field(default=(), max_length=6)
    debrief: Debrief
    strategies: tuple[Strategy, ...] = Field(default=(), max_length=LIST_LIMIT)
    notes: Text | None = None
    """Free notes for designers; never shown to players."""
    intended_warnings: tuple[IntendedWarning, ...] = Field(
        default=(), max_length=LIST_LIMIT, examples=[INTENDED_EXAMPLE]
    )
    """Lint warnings the level keeps on purpose, each with why: lint counts them apart from
    the warnings to fix. Never shown to players."""
    schema_: str | None = Field(default=None, alias="$schema", exclude=True)
    """Editors may point at the JSON Schema here."""

    def label_of(self, kind: str, ident: str) -> Label:
        """The player-facing name of an id, for reasons and refusals."""
        for entry in getattr(self, kind):
            if entry.id == ident:
                return str(getattr(entry, "label", None) or getattr(entry, "name", ident))
        return ident
