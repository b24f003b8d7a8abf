"""`chance`: each evening, with a probability, the score moves (cameras, errors, audits).

```yaml
- id: camera_misread
  kind: chance
  probability: 0.2
  if: {day_at_least: 3}
  delta: -15
  reason: "A street camera matched your face to a jaywalker."
  disputable: true
```
"""

from typing import Literal

from pydantic import Field

from game.core.rules.base import RuleBase
from game.core.spec.base import Number


class ChanceRule(RuleBase):
    """Fires on an evening its `if` holds, with the given probability."""

    kind: Literal["chance"]
    probability: Number = Field(gt=0, le=1)
    """Chance per evening (drawn from the seeded generator)."""
