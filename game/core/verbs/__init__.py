"""The player's verbs, one module each; `VERBS` is the registry the engine dispatches through.

Adding a verb: a module here defining a `Verb`, one line in `VERBS`, and its test.
"""

from game.core.verbs.answer import ANSWER, answer_prompt
from game.core.verbs.base import Offer, Refused, State, Verb
from game.core.verbs.befriend import BEFRIEND
from game.core.verbs.dispute import DISPUTE
from game.core.verbs.help import HELP
from game.core.verbs.message import MESSAGE
from game.core.verbs.posts import POST
from game.core.verbs.reactions import LIKE, SHARE
from game.core.verbs.reply import REPLY
from game.core.verbs.services import APPLY
from game.core.verbs.shop import BUY
from game.core.verbs.unfriend import UNFRIEND

VERBS: dict[str, Verb] = {
    v.name: v
    for v in (
        ANSWER,
        REPLY,
        BUY,
        APPLY,
        POST,
        LIKE,
        SHARE,
        UNFRIEND,
        MESSAGE,
        BEFRIEND,
        HELP,
        DISPUTE,
    )
}
"""In the order offers are listed: questions first, then spending, posts, people, disputes."""

__all__ = ["VERBS", "Offer", "Refused", "State", "Verb", "answer_prompt"]
