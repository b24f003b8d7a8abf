"""`daily`: each evening, while a condition holds, the score moves.

```yaml
- id: idle_day
  kind: daily
  if: {actions_today_at_least: 0, not_flag: employed}
  delta: -3
  reason: "No recorded economic activity today."
```
"""

from typing import Literal

from game.core.rules.base import RuleBase


class DailyRule(RuleBase):
    """Fires every evening its `if` holds."""

    kind: Literal["daily"]
