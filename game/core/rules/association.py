"""`association`: each evening, each friend who matches costs (or earns) you points.

```yaml
- id: irresponsible_friend
  kind: association
  score_below: 500
  delta: -4
  reason: "A financially irresponsible friend lowers your relationship score."
```
Counts current friends (and family, where `relation` says so) with a score below
`score_below`, at least `score_at_least`, or carrying any of `tags`. The delta is per person.
"""

from typing import Literal

from pydantic import Field

from game.core.rules.base import RuleBase
from game.core.spec.base import COUNT_LIMIT, SCORE_LIMIT, Id
from game.core.spec.characters import Relation


class AssociationRule(RuleBase):
    """Per-person effect of who you are connected to."""

    kind: Literal["association"] = "association"
    score_below: int | None = Field(default=None, ge=-SCORE_LIMIT, le=SCORE_LIMIT)
    score_at_least: int | None = Field(default=None, ge=-SCORE_LIMIT, le=SCORE_LIMIT)
    tags: tuple[Id, ...] = ()
    relation: Relation | None = None
    """Count only this relation; family members count whether or not they are friends."""
    max_people: int = Field(default=5, ge=1, le=COUNT_LIMIT)
    """At most this many people count in one evening."""
