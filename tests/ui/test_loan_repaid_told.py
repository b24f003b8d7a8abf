"""Money never moves without a word: the evening a friend pays back a loan says so, instead
of the balance jumping with no line to explain it."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import day_one, end_the_day, focus_on, press

if TYPE_CHECKING:
    from game.ui.app import App


def test_the_evening_a_friend_pays_back_a_loan_says_so(game_app: App) -> None:
    app = game_app
    day_one(app, "sesame_garden")
    said = []
    for day in range(1, 10):
        if day == 3:
            focus_on(app, "tab:Friends")
            press(app, pygame.K_RETURN)
            focus_on(app, "help xiaoyu")
            press(app, pygame.K_RETURN)
        end_the_day(app)
        said.append(app.top.body())
        press(app, pygame.K_RETURN)
        while app.top.name == "prompt":
            press(app, pygame.K_ESCAPE)
    from game.core import events as ev

    repaid = [e for e in app.top.session.events if isinstance(e, ev.MoneyChanged) and e.delta > 0]
    assert any("paid back" in e.reason for e in repaid)  # the loan came back...
    assert any("paid back" in text for text in said)  # ...and an evening told it
