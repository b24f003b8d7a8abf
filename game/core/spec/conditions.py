"""Conditions: a mapping of checks that must all hold, used by rules, events, goals and gates.

```yaml
if: {score_below: 600, day_at_least: 3, flag: tracked, is_friend: wei}
```
"""

from functools import cached_property
from typing import Any

from pydantic import Field

from game.core.spec.base import COUNT_LIMIT, MAX_DAY, MONEY_LIMIT, SCORE_LIMIT, Id, Spec, Whole


class Condition(Spec):
    """Every key given must hold; an empty condition always holds."""

    score_at_least: Whole | None = Field(default=None, ge=-SCORE_LIMIT, le=SCORE_LIMIT)
    """The player's score is at least this."""
    score_below: Whole | None = Field(default=None, ge=-SCORE_LIMIT, le=SCORE_LIMIT)
    """The player's score is below this."""
    tier_in: tuple[Id, ...] | None = None
    """The player's tier is one of these tier ids."""
    day_at_least: Whole | None = Field(default=None, ge=1, le=MAX_DAY)
    """The current day is this one or later."""
    day_at_most: Whole | None = Field(default=None, ge=1, le=MAX_DAY)
    """The current day is this one or earlier."""
    flag: Id | None = None
    """This story flag is set."""
    not_flag: Id | None = None
    """This story flag is not set."""
    flags: tuple[Id, ...] | None = None
    """All of these story flags are set."""
    not_flags: tuple[Id, ...] | None = None
    """None of these story flags is set."""
    money_at_least: Whole | None = Field(default=None, ge=-MONEY_LIMIT, le=MONEY_LIMIT)
    """The player has at least this much money."""
    money_below: Whole | None = Field(default=None, ge=-MONEY_LIMIT, le=MONEY_LIMIT)
    """The player has less than this much money."""
    owns: Id | None = None
    """The player has bought this item."""
    not_owns: Id | None = None
    """The player has not bought this item."""
    posted: Id | None = None
    """The player (or someone in their name) has published this post."""
    posted_tag: Id | None = None
    """Some post published in the player's name carries this tag."""
    not_posted_tag: Id | None = None
    """No post published in the player's name carries this tag."""
    is_friend: Id | None = None
    """This character is currently the player's friend."""
    not_friend: Id | None = None
    """This character is not the player's friend."""
    helped: Id | None = None
    """The player has helped (lent money to) this character."""
    unfriended: Id | None = None
    """The player has unfriended this character, on any day (even if friends again since):
    tells a tie the player cut from one the character cut (`not_friend` holds for both)."""
    not_unfriended: Id | None = None
    """The player has never unfriended this character."""
    friends_at_least: Whole | None = Field(default=None, ge=0, le=COUNT_LIMIT)
    """The player has at least this many friends."""
    friends_mean_below: Whole | None = Field(default=None, ge=-SCORE_LIMIT, le=SCORE_LIMIT)
    """The mean score of the player's friends is below this (false with no friends)."""
    friends_mean_at_least: Whole | None = Field(default=None, ge=-SCORE_LIMIT, le=SCORE_LIMIT)
    """The mean score of the player's friends is at least this (false with no friends)."""
    has_perk: Id | None = None
    """The player currently holds this perk."""
    has_restriction: Id | None = None
    """The player is currently under this restriction."""
    used_service: Id | None = None
    """The player has successfully used this service."""
    answered: Id | None = None
    """The player has answered this prompt with any option (see `chose`)."""
    chose: Id | None = None
    """The player picked this prompt option id (ids are unique across prompts)."""
    actions_today_at_least: Whole | None = Field(default=None, ge=0, le=COUNT_LIMIT)
    """The player has taken at least this many actions today (for idle or busy checks)."""

    @cached_property
    def given(self) -> tuple[tuple[str, Any], ...]:
        """(key, value) of each check given, worked out once: conditions are checked on every
        step, and reading the set fields through pydantic each time costs more than the checks."""
        return tuple(
            (key, value)
            for key in sorted(self.model_fields_set)
            if (value := getattr(self, key)) is not None
        )
