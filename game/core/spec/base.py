"""Shared building blocks of the level models: strict config, ids, text, bounds, evidence."""

import unicodedata
from enum import StrEnum
from typing import Annotated

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    Strict,
    StringConstraints,
)

from game.core.actions import MAX_ID_CHARS

SCORE_LIMIT = 1_000_000
"""Every score, threshold and score change lies within plus or minus this."""
MONEY_LIMIT = 1_000_000_000
"""Every price, amount, income and money change lies within plus or minus this."""
MAX_DAY = 30
"""The longest level, in days; day numbers in conditions and events stay within it."""
COUNT_LIMIT = 1_000
"""Counts (times a rule fires, people, friends) stay within this."""
LIST_LIMIT = 200
"""Entries in each list at the top of a level file (rules, items, characters...)."""


Whole = Annotated[int, Strict()]
"""A whole number written as digits. YAML reads `true` as a bool, which Python takes for 1,
and "4" or 4.0 would pass as 4 too; the editor schema refuses all three, and so does this."""
Number = Annotated[float, Strict()]
"""A number written as digits (a whole number is one too); `true` and "0.5" are refused, as
the editor schema refuses them. (YAML 1.1 reads 1e-3, with no dot, as text: write 0.001.)"""

Weight = Annotated[float, Field(ge=-SCORE_LIMIT, le=SCORE_LIMIT), Strict()]
"""A bot preference weight."""

_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_INVISIBLE = frozenset({"Cc", "Cf", "Zs", "Zl", "Zp", "Mn", "Me"})
_BLANK = frozenset("\u115f\u1160\u3164\uffa0\u2800")
"""Letters and symbols drawn as nothing (the Hangul fillers, the blank Braille pattern): a
title of them alone shows as an empty space, as one of spaces would."""


HINT = " | hint: "
"""Splits a validator's message from its hint (game.core.content.model_errors reads it)."""


def _drawable(text: str, newlines: bool) -> str:
    """Refuse text the game cannot draw: control characters, bidi controls, invisible-only."""
    for i, char in enumerate(text, start=1):
        if char == "\n" and newlines:
            continue
        category = unicodedata.category(char)
        if char in _BIDI:
            raise ValueError(
                f"character {i} is the direction control U+{ord(char):04X}, which is not drawn"
            )
        if category in {"Cc", "Cs", "Zl", "Zp"}:
            raise ValueError(f"character {i} is the control character U+{ord(char):04X}")
    if not visible(text):
        raise ValueError("the text has no visible characters")
    return text


def visible(text: str) -> bool:
    """Whether any character of the text is drawn (not a space, a mark, a format character
    or a letter drawn as nothing, such as the Hangul filler)."""
    return not all(unicodedata.category(c) in _INVISIBLE or c in _BLANK for c in text)


def _drawable_text(text: str) -> str:
    return _drawable(text, newlines=True)


def _drawable_label(text: str) -> str:
    return _drawable(text, newlines=False)


Id = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z][a-z0-9_]*$", max_length=MAX_ID_CHARS),
    Field(description="A stable id: lower case letters, digits and underscores."),
]
Url = Annotated[
    str,
    StringConstraints(pattern=r"^https?://\S+$", max_length=400),
    AfterValidator(_drawable_label),
]
Text = Annotated[
    str, StringConstraints(min_length=1, max_length=2000), AfterValidator(_drawable_text)
]
"""Paragraphs: any drawable characters and line breaks."""
Label = Annotated[
    str, StringConstraints(min_length=1, max_length=80), AfterValidator(_drawable_label)
]
"""Names and titles: one line of drawable characters."""
ButtonWord = Annotated[
    str, StringConstraints(min_length=1, max_length=12), AfterValidator(_drawable_label)
]
"""A button's word or two (Pay, Book, Rent): it sits beside a label on a phone card."""


class Spec(BaseModel):
    """Base of every level model: unknown keys are errors and loaded levels never change.

    Field docstrings are for designers: the reference and the schema read them from source
    (game.design.field_docs), so the game does not parse every model's source as it starts.
    Validators are built when a model is first used (`defer_build`): a level builds one for
    the whole level, so building one per model as it is imported was start-up time spent
    twice.
    """

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False, defer_build=True)


class Evidence(StrEnum):
    """How well a rule or card is supported; shown to players next to every reason."""

    DOCUMENTED = "documented"
    REPORTED = "reported"
    CLAIMED = "claimed"
    SPECULATIVE = "speculative"
    FICTION = "fiction"
    GAME = "game"


EVIDENCE_LABELS = {
    "documented": "Documented",
    "reported": "Reported",
    "claimed": "Claimed",
    "speculative": "Speculative",
    "fiction": "Fiction",
    "game": "Game abstraction",
}
"""Each evidence value as the game prints it beside a rule, a price or a score change."""

SOURCED_EVIDENCE = frozenset(
    {Evidence.DOCUMENTED, Evidence.REPORTED, Evidence.CLAIMED, Evidence.SPECULATIVE}
)


class Sourced(Spec):
    """Anything that makes a claim about the world carries a label and its sources."""

    evidence: Evidence = Evidence.GAME
    """How well supported this is: documented, reported, claimed, speculative, fiction or game."""
    sources: tuple[Url, ...] = ()
    """Source URLs (listed in docs/sources.md); required unless the evidence is game or fiction."""
