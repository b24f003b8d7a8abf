"""Lint warnings a level gives on purpose, each with the reason it is kept.

`citizen-score lint` names every warning's check at the end of its line, in square
brackets. When a warning is part of the lesson (an office that never opens, a mark that
never lifts), list it under `intended_warnings` with the check, the id it is about and
why: lint then counts it as intended instead of as a warning, and `lint --show-intended`
lists it with its reason. An entry that matches no warning any more is itself a warning,
so the list cannot go stale.

```yaml
intended_warnings:
  - check: never-set-flag
    about: dispute_process_exists
    why: The score office never opens a dispute process. That is the lesson.
  - check: never-lifted
    about: late_mark
    why: A late payment stays on a credit report for seven years, far longer than the level.
```

When these are a level's only warnings, `citizen-score lint` prints `1 file OK, 0 warnings (2 intended)`.
"""

from enum import StrEnum
from typing import Annotated

from pydantic import AfterValidator, StringConstraints

from game.core.spec.base import Id, Spec, _drawable_label


class Check(StrEnum):
    """The stable name of each design check `lint` runs (docs/levels.md says what each finds)."""

    DISABLED_RULE = "disabled-rule"
    RULE_MATCHES_NOTHING = "rule-matches-nothing"
    NOBODY_JOINS = "nobody-joins"
    IDLE_DISPUTE = "idle-dispute"
    NEVER_SET_FLAG = "never-set-flag"
    NEVER_LIFTED = "never-lifted"
    IN_EVERY_TIER = "in-every-tier"
    SCORE_NEVER_RISES = "score-never-rises"
    FLAG_NEVER_CLEARED = "flag-never-cleared"
    HIDDEN_FEED_POST = "hidden-feed-post"
    AFTER_THE_END = "after-the-end"
    UNUSED_CHARACTER = "unused-character"
    WHO_CUT = "who-cut"
    LONG_TEXT = "long-text"
    STARTER_TEXT = "starter-text"
    UNDRAWABLE_CHARACTER = "undrawable-character"
    QUIET_DAY = "quiet-day"
    QUIET_EVENINGS = "quiet-evenings"
    TIER_ABOVE_MAX = "tier-above-max"
    TIER_UNREACHED = "tier-unreached"
    PERK_NEVER_GIVEN = "perk-never-given"
    PERK_UNREACHED = "perk-unreached"
    NEVER_OFFERED = "never-offered"
    GOAL_UNMET = "goal-unmet"
    TOO_LARGE_TO_PLAY = "too-large-to-play"


WHY_MAX = 300
"""The most characters in a `why`: a sentence or two, like a bulletin."""

Why = Annotated[
    str, StringConstraints(min_length=1, max_length=WHY_MAX), AfterValidator(_drawable_label)
]
"""One line of drawable text (fold a long one with `>-`)."""


class IntendedWarning(Spec):
    """A lint warning the level keeps on purpose, and why."""

    check: Check
    """The check's name, as lint prints it in square brackets at the end of the warning."""
    about: Id
    """The id the warning names: the flag, restriction, tier, perk, goal, rule, item, post,
    feed post, character, event or talk. For `long-text`, `starter-text`, `undrawable-character` and `idle-dispute` on a score change, the id of the
    entry holding it; for `quiet-day` and `quiet-evenings`, `day_N` (the first of the two
    evenings); for `too-large-to-play`, the level's id."""
    why: Why
    """Why the warning is part of the design, in words a player would understand."""


INTENDED_EXAMPLE = (
    {
        "check": "never-lifted",
        "about": "late_mark",
        "why": "A late payment stays on a credit report for seven years, far longer than the level.",
    },
)
"""The worked example the JSON Schema shows editors (the module docstring shows it in YAML)."""
