"""`friend_joined`: a friend joining the scheme moves your score, whatever their own score.

```yaml
- id: recruit_bonus
  kind: friend_joined
  delta: 10
  reason: "A friend joined through your invitation."
```
"""

from typing import Literal

from game.core.rules.base import RuleBase


class FriendJoinedRule(RuleBase):
    """Fires once for each friend who joins the scheme."""

    kind: Literal["friend_joined"]
