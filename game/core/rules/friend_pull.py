"""`friend_pull`: each evening your score moves toward your friends' mean score.

```yaml
- id: birds_of_a_feather
  kind: friend_pull
  weight: 0.05
  factor: relationships
  reason: "Your friends' scores pull yours toward theirs."
  evidence: claimed
```
The delta is `weight * (mean friend score - your score)`, rounded; `relation` limits
who counts (friend or family); `max_step` caps the move. Only characters in the scheme
count (`in_scheme`, or a `joins` effect): someone who has not joined has no score to pull
with, and the phone shows them as "not in the scheme".
"""

from typing import Literal

from pydantic import Field

from game.core.rules.base import RuleBase
from game.core.spec.base import SCORE_LIMIT, Number, Whole
from game.core.spec.characters import Relation


class FriendPullRule(RuleBase):
    """Pulls the score toward the mean of the player's friends."""

    kind: Literal["friend_pull"]
    weight: Number = Field(gt=0, le=1)
    """The share of the gap closed each evening."""
    relation: Relation | None = None
    """Count only friends with this relation."""
    max_step: Whole = Field(default=30, ge=1, le=SCORE_LIMIT)
    """The largest move in one evening."""
