"""The evening report speaks of what the player did in the player's own words."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import end_the_day, focus_keys, focus_on, open_first_day, press

if TYPE_CHECKING:
    from game.ui.app import App


def test_cutting_a_friend_is_told_as_what_the_player_did_not_as_the_friend_speaking(
    app: App,
) -> None:
    day = open_first_day(app)
    press(app, pygame.K_3)  # Friends
    key = next(k for k in focus_keys(app) if k.startswith("unfriend "))
    name = day.session.level.characters[key.split()[-1]].name
    focus_on(app, key)
    press(app, pygame.K_RETURN)
    end_the_day(app)
    assert app.top.name == "evening"
    body = app.top.body()
    assert f"{name}: You removed them." not in body
    assert f"You removed {name} from your friends." in body


def _numbers(line: str) -> int:
    """The signed number a reason line starts with ('+20 Buying...', '\u221230 Ten...')."""
    head = line.split()[0].replace("\u2212", "-")
    return int(head)


def test_the_evening_s_reasons_add_up_to_the_day_s_score_change(app: App) -> None:
    day = open_first_day(app)
    for tab, verb in ((pygame.K_1, "buy diapers"), (pygame.K_1, "buy video_games")):
        press(app, tab)
        focus_on(app, next(k for k in focus_keys(app) if k.endswith(verb)))
        press(app, pygame.K_RETURN)
    press(app, pygame.K_2)  # Feed
    focus_on(app, "post praise")
    press(app, pygame.K_RETURN)
    end_the_day(app)
    changes = [e for e in day.session.events if e.day == 1 and type(e).__name__ == "ScoreChanged"]
    assert len({c.reason for c in changes}) > 3, "the day needs more reasons than the report names"
    lines = app.top.report.lines
    reasons = [x for x in lines[1:] if x[:1] in "+\u2212"]
    assert sum(_numbers(x) for x in reasons) == sum(c.delta for c in changes)
