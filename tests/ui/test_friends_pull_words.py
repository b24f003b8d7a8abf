"""The ledger's line for the friends' pull never calls a level's score by another word:
Nosedive's Score tab read "Your friends' scores: -0.07 Your friends' ratings pull yours
toward theirs." beside "Pulling your Rating down"; its cause is now "Your friends"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.ui.drive import day_one, to_the_next_morning

if TYPE_CHECKING:
    from game.ui.app import App


def test_the_friends_pull_in_the_ledger_uses_the_levels_word_for_its_score(game_app: App) -> None:
    from game.core import events as ev
    from game.core.rules.friend_pull import FriendPullRule
    from game.ui import present

    app = game_app
    day_one(app, "nosedive")
    to_the_next_morning(app)
    level = app.top.session.level
    pulls = [
        present.ledger_markup(level, c)
        for c in app.top.session.changes()
        if isinstance(c, ev.ScoreChanged) and isinstance(level.rules.get(c.rule_id), FriendPullRule)
    ]
    assert pulls
    assert not any("scores" in line for line in pulls), pulls
