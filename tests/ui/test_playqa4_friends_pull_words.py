"""Where a level calls its score something else, the ledger's line for the friends' pull
uses that word: Nosedive's Score tab read "Your friends' scores: -0.07 Your friends' ratings
pull yours toward theirs." beside "Pulling your Rating down", because the engine names that
cause "Your friends' scores" for every level (game/core/rule_runs.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.ui.drive import day_one, to_the_next_morning

if TYPE_CHECKING:
    from game.ui.app import App


@pytest.mark.xfail(
    strict=True,
    reason='core names the friend-pull cause "Your friends\' scores" whatever the score is called',
)
def test_the_friends_pull_in_the_ledger_uses_the_levels_word_for_its_score(game_app: App) -> None:
    from game.core import events as ev
    from game.ui import present

    app = game_app
    day_one(app, "nosedive")
    to_the_next_morning(app)
    level = app.top.session.level
    pulls = [
        present.ledger_markup(level, c)
        for c in app.top.session.changes()
        if isinstance(c, ev.ScoreChanged) and "friends'" in c.cause
    ]
    assert pulls
    assert not any("scores" in line for line in pulls), pulls
