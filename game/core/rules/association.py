"""`association`: each evening, each friend who matches costs (or earns) you points.

```yaml
- id: irresponsible_friend
  kind: association
  score_below: 500
  delta: -4
  reason: "A financially irresponsible friend lowers your relationship score."
```
Counts current friends (and family, where `relation` says so) who pass every filter given:
a score below `score_below`, a score of at least `score_at_least`, and at least one of
`tags`. Filters left out do not filter. The delta is per person, up to `max_people`.
"""

from typing import Literal

from pydantic import Field

from game.core.rules.base import RuleBase
from game.core.spec.base import COUNT_LIMIT, SCORE_LIMIT, Id, Whole
from game.core.spec.characters import Relation


class AssociationRule(RuleBase):
    """Per-person effect of who you are connected to."""

    kind: Literal["association"]
    score_below: Whole | None = Field(default=None, ge=-SCORE_LIMIT, le=SCORE_LIMIT)
    """Count only people whose score is below this."""
    score_at_least: Whole | None = Field(default=None, ge=-SCORE_LIMIT, le=SCORE_LIMIT)
    """Count only people whose score is at least this."""
    tags: tuple[Id, ...] = ()
    """Count only people carrying at least one of these tags (all filters must hold)."""
    relation: Relation | None = None
    """Count only this relation; family members count whether or not they are friends."""
    max_people: Whole = Field(default=5, ge=1, le=COUNT_LIMIT)
    """At most this many people count in one evening."""
