"""Shared building blocks of the level models: strict config, ids, evidence labels."""

from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

Id = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z][a-z0-9_]*$", max_length=48),
    Field(description="A stable id: lower case letters, digits and underscores."),
]
Url = Annotated[str, StringConstraints(pattern=r"^https?://\S+$", max_length=400)]
Text = Annotated[str, StringConstraints(min_length=1, max_length=2000)]
Label = Annotated[str, StringConstraints(min_length=1, max_length=80)]


class Spec(BaseModel):
    """Base of every level model: unknown keys are errors and loaded levels never change."""

    model_config = ConfigDict(extra="forbid", frozen=True, use_attribute_docstrings=True)


class Evidence(StrEnum):
    """How well a rule or card is supported; shown to players next to every reason."""

    DOCUMENTED = "documented"
    REPORTED = "reported"
    CLAIMED = "claimed"
    SPECULATIVE = "speculative"
    FICTION = "fiction"
    GAME = "game"


SOURCED_EVIDENCE = frozenset(
    {Evidence.DOCUMENTED, Evidence.REPORTED, Evidence.CLAIMED, Evidence.SPECULATIVE}
)


class Sourced(Spec):
    """Anything that makes a claim about the world carries a label and its sources."""

    evidence: Evidence = Evidence.GAME
    """How well supported this is: documented, reported, claimed, speculative, fiction or game."""
    sources: tuple[Url, ...] = ()
    """Source URLs (from research/facts.md); required unless the evidence is game or fiction."""
