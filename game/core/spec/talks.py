"""Conversations: a character's message that asks for a reply, and how they react later.

```yaml
characters:
  - id: xiaoyu
    ...
    talks:
      - id: be_honest
        day: 3
        text: "Be honest: does being my friend cost you points?"
        mood: worried
        replies:
          - id: honest_no
            label: "No. You're my friend."
            reaction: {after_days: 1, text: "Thank you. I needed that.", mood: happy}
          - id: honest_yes
            label: "A little, yes."
            effects: {set_flags: [told_xiaoyu]}
            reaction: {after_days: 2, text: "I've stopped posting. Happy now?", mood: angry}
```
"""

from enum import StrEnum
from typing import Annotated

from pydantic import Field, StringConstraints

from game.core.spec.base import MAX_DAY, Id, Spec, Text, Whole
from game.core.spec.conditions import Condition
from game.core.spec.effects import Effects

ReplyLabel = Annotated[str, StringConstraints(min_length=1, max_length=40)]
"""What the player says, on a button: at most 40 characters."""


class Mood(StrEnum):
    """The face a character shows with a message (see the portraits)."""

    NEUTRAL = "neutral"
    HAPPY = "happy"
    WORRIED = "worried"
    ANGRY = "angry"


class Reaction(Spec):
    """What the character says back on a later morning."""

    after_days: Whole = Field(default=1, ge=1, le=MAX_DAY)
    """How many mornings later they react."""
    text: Text
    mood: Mood = Mood.NEUTRAL


class Reply(Spec):
    """One answer the player can give."""

    id: Id
    label: ReplyLabel
    effects: Effects | None = None
    """What answering this way does (flags for later events, money, score, friendship)."""
    reaction: Reaction | None = None


class Talk(Spec):
    """A message from the character with two or three replies; it waits until answered."""

    id: Id
    day: Whole | None = Field(default=None, ge=1, le=MAX_DAY)
    """The morning it arrives; with `if` as well, the first morning both hold."""
    when: Condition | None = Field(default=None, alias="if")
    """It arrives the first morning this holds (e.g. `{unfriended: jun}` after you cut Jun)."""
    text: Text
    mood: Mood = Mood.NEUTRAL
    replies: tuple[Reply, ...] = Field(min_length=2, max_length=3)
