"""Rule kinds: one module each, its docstring showing the YAML it reads.

The union `Rule` is what a level's `rules:` list holds; `kind` picks the model.
"""

from typing import Annotated

from pydantic import Field

from game.core.rules.action import ActionRule, Match
from game.core.rules.association import AssociationRule
from game.core.rules.chance import ChanceRule
from game.core.rules.daily import DailyRule
from game.core.rules.friend_joined import FriendJoinedRule
from game.core.rules.friend_pull import FriendPullRule
from game.core.rules.streak import StreakRule

Rule = Annotated[
    ActionRule
    | DailyRule
    | ChanceRule
    | FriendPullRule
    | AssociationRule
    | FriendJoinedRule
    | StreakRule,
    Field(discriminator="kind"),
]

RULE_KINDS: dict[str, type] = {
    "action": ActionRule,
    "daily": DailyRule,
    "chance": ChanceRule,
    "friend_pull": FriendPullRule,
    "association": AssociationRule,
    "friend_joined": FriendJoinedRule,
    "streak": StreakRule,
}

END_OF_DAY_KINDS = ("daily", "chance", "friend_pull", "association", "streak")

__all__ = ["END_OF_DAY_KINDS", "RULE_KINDS", "Match", "Rule"]
