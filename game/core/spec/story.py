"""The story around the score: bulletins and events, prompts, goals and the debrief."""

from enum import StrEnum
from typing import Literal

from pydantic import Field

from game.core.spec.base import MAX_DAY, Id, Label, Number, Sourced, Spec, Text, Url, Whole
from game.core.spec.conditions import Condition
from game.core.spec.effects import Bulletin, Effects


class Event(Spec):
    """A scripted (by `day`) or conditional (by `if`) happening, checked each morning."""

    id: Id
    day: Whole | None = Field(default=None, ge=1, le=MAX_DAY)
    """The morning it happens; with `if` as well, the first morning both hold."""
    when: Condition | None = Field(default=None, alias="if")
    chance: Number = Field(default=1.0, gt=0, le=1)
    """Chance each eligible morning."""
    once: bool = True
    bulletin: Bulletin | None = None
    effects: Effects | None = None


class PromptOption(Spec):
    """One answer to a prompt."""

    id: Id
    label: Label
    effects: Effects | None = None


class Prompt(Sourced):
    """A question the regime asks: consent to scoring, what to disclose, to whom."""

    id: Id
    title: Label
    text: Text
    options: tuple[PromptOption, ...] = Field(min_length=2)
    default: Id
    """The option applied if the player ends the day without answering (a pre-ticked box)."""
    asked_by: Id | None = None
    """A character who asks this question (their face shows beside it)."""


class GoalCheck(StrEnum):
    """When a goal is judged."""

    ANYTIME = "anytime"
    AT_END = "at_end"


class Goal(Spec):
    """A life goal the player cares about, in tension with the score."""

    id: Id
    label: Label
    description: Text
    met_if: Condition
    failed_if: Condition | None = None
    """Fails the goal as soon as it holds."""
    check: GoalCheck = GoalCheck.ANYTIME
    """anytime: met the first time `met_if` holds; at_end: judged on the last evening."""


Verdict = Literal["myth", "real", "uncertain", "invented"]


class Card(Sourced):
    """A myth-vs-reality or fact card for the debrief."""

    title: Label
    myth: Text | None = None
    """The claim the card checks; without it, the title is the claim."""
    reality: Text
    verdict: Verdict | None = None
    """The word the card shows above its claim: myth, real, uncertain or invented. Left out,
    it follows the evidence: claimed or speculative is uncertain; otherwise a card with a
    myth is a myth, a game or fiction card without one is invented, and the rest are real."""
    played_by: tuple[Id, ...] = ()
    """Ids of the rules, events, perks, restrictions, services or prompts that play this card's
    claim in the level, the closest first. The debrief links the card to the first of them
    the player met ("You met this on day 3: ..."), even in a fiction level whose rules cite
    no source."""


class Debrief(Spec):
    """What the player reads after the last day."""

    summary: Text
    reveal: Text | None = None
    """A revelation shown first (for example, that the regime is fiction)."""
    society: Text
    """What this regime does to a whole society."""
    invented: Text | None = None
    """A short intro to the invented numbers; the list itself is generated from the rules
    (game.design.invented), so name here only what rules cannot show (start, prices, people)."""
    cards: tuple[Card, ...] = Field(min_length=1)
    questions: tuple[Text, ...] = Field(min_length=1)
    sources: tuple[Url, ...] = ()


class VerbWeights(Spec):
    """Weights that count for one verb only (befriend, not unfriend)."""

    ids: dict[Id, float] = Field(default_factory=dict)
    """Weight per target id, for this verb only."""
    tags: dict[Id, float] = Field(default_factory=dict)
    """Weight per target tag, for this verb only; added up over the target's tags."""


class Preference(Spec):
    """Weights a designer-defined strategy gives to actions.

    Each allowed action is worth the sum of its verb's weight, its target's id weight, the
    weights of the target's tags, and the same from `verbs` for that verb alone. Ending the
    day is worth 0.5, so an action worth less is never taken while time is left.
    """

    actions: dict[Id, float] = Field(default_factory=dict)
    """Weight per verb (buy, post, like, share, befriend, unfriend, help, message, apply,
    dispute, answer, reply)."""
    tags: dict[Id, float] = Field(default_factory=dict)
    """Weight per target tag, added for every verb aimed at that target (befriend and
    unfriend alike); use `verbs` to weigh one verb."""
    ids: dict[Id, float] = Field(default_factory=dict)
    """Weight per target id, added for every verb aimed at that target; see `verbs`."""
    verbs: dict[Id, VerbWeights] = Field(default_factory=dict)
    """Id and tag weights for one verb only: `verbs: {unfriend: {tags: {noisy: 4}}}`."""


class Strategy(Spec):
    """A bot the balance simulator can play, written as weighted preferences."""

    id: Id
    label: Label
    prefer: Preference
    answers: dict[Id, Id] = Field(default_factory=dict)
    """Prompt id to the option this bot picks."""
