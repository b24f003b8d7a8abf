"""`action`: the player does something and the score moves.

```yaml
- id: diapers_responsible
  kind: action
  when: {action: buy, tags: [responsible]}
  factor: behaviour
  delta: 8
  reason: "Buying diapers reads as a responsible parent."
  evidence: claimed
  sources: [https://www.rollingstone.com/...]
```
`when.action` is one of buy, post, like, share, befriend, unfriend, help, message, apply,
dispute, answer, reply. `ids` and `tags` match the item, post, feed post, character, service,
prompt option or talk reply the action is about; both empty matches every action of that kind.
"""

from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

from pydantic import Field

from game.core.rules.base import RuleBase
from game.core.spec.base import COUNT_LIMIT, SCORE_LIMIT, Id, Spec, Whole
from game.core.values import quick_init


class ActionKind(StrEnum):
    """The player's verbs that rules can match."""

    BUY = "buy"
    POST = "post"
    LIKE = "like"
    SHARE = "share"
    BEFRIEND = "befriend"
    UNFRIEND = "unfriend"
    HELP = "help"
    MESSAGE = "message"
    APPLY = "apply"
    DISPUTE = "dispute"
    ANSWER = "answer"
    REPLY = "reply"


class When(Spec):
    """Which actions a rule listens to."""

    action: ActionKind
    ids: tuple[Id, ...] = ()
    """Match only these target ids (any of them)."""
    tags: tuple[Id, ...] = ()
    """Match only targets carrying any of these tags."""
    target_score_below: Whole | None = Field(default=None, ge=-SCORE_LIMIT, le=SCORE_LIMIT)
    """For actions about a character: their score is below this."""
    target_score_at_least: Whole | None = Field(default=None, ge=-SCORE_LIMIT, le=SCORE_LIMIT)
    """For actions about a character: their score is at least this."""

    def matches(self, match: "Match") -> bool:
        """True if the action is one this `when` describes (every filter must hold)."""
        return match.action == self.action and self.matches_target(
            match.target, match.tags, match.target_score
        )

    def matches_target(self, target: str, tags: frozenset[str], score: int | None) -> bool:
        """`matches` for an action already known to be of this kind (no `Match` to build)."""
        if self.ids and target not in self.ids:
            return False
        if self.tags and tags.isdisjoint(self.tags):
            return False
        if self.target_score_below is not None and (
            score is None or score >= self.target_score_below
        ):
            return False
        return not (
            self.target_score_at_least is not None
            and (score is None or score < self.target_score_at_least)
        )


@quick_init
@dataclass(frozen=True, slots=True)
class Match:
    """What an action was about, as rules see it."""

    action: str
    target: str
    tags: frozenset[str]
    target_score: int | None = None


class ActionRule(RuleBase):
    """Moves the score when the player's action matches `when`."""

    kind: Literal["action"]
    when: When
    per_day: Whole | None = Field(default=None, ge=1, le=COUNT_LIMIT)
    """The rule fires at most this many times a day."""

    def matches(self, match: Match) -> bool:
        """True if the action is one this rule listens to."""
        return self.when.matches(match)
