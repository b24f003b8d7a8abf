"""`daily`: each evening, while a condition holds, the score moves.

```yaml
- id: no_employer
  kind: daily
  if: {not_flag: employed}
  delta: -3
  reason: "No employer on record."
```
"""

from typing import Literal

from game.core.rules.base import RuleBase


class DailyRule(RuleBase):
    """Fires every evening its `if` holds."""

    kind: Literal["daily"]
