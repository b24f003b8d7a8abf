"""`streak`: matching actions on consecutive days earn a badge and points (gamification).

```yaml
- id: three_day_saver
  kind: streak
  when: {action: buy, tags: [local]}
  days: 3
  badge: "Local Hero"
  delta: 12
  reason: "Three days in a row of local produce: streak bonus!"
```
"""

from typing import Literal

from pydantic import Field

from game.core.rules.action import Match, When
from game.core.rules.base import RuleBase
from game.core.spec.base import Label, Whole


class StreakRule(RuleBase):
    """Fires on the evening a streak of `days` consecutive days is reached."""

    kind: Literal["streak"]
    when: When
    days: Whole = Field(ge=2, le=14)
    badge: Label | None = None
    """A badge awarded with it, shown on the Score tab."""

    def matches(self, match: Match) -> bool:
        """True if the action counts towards the streak today."""
        return self.when.matches(match)
