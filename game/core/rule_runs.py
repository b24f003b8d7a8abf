"""What each rule kind does on the evening: the registry the day cycle dispatches through.

A rule kind's model lives in game/core/rules (data the loader checks); its evening behaviour
lives here, keyed by the model's class, so adding a kind means one model and one entry.
"""

from collections.abc import Callable
from typing import Any

from game.core import events as ev
from game.core.firing import fire
from game.core.network import association_count, pull_delta
from game.core.rules.association import AssociationRule
from game.core.rules.chance import ChanceRule
from game.core.rules.daily import DailyRule
from game.core.rules.friend_pull import FriendPullRule
from game.core.rules.streak import StreakRule
from game.core.world import Draft

EveningRun = Callable[[Draft, list[ev.Event], Any, float], None]
"""(draft, events, rule, this evening's roll in [0, 1))."""


def _daily(w: Draft, out: list[ev.Event], rule: DailyRule, roll: float) -> None:
    fire(w, out, rule, "Evening review")


def _chance(w: Draft, out: list[ev.Event], rule: ChanceRule, roll: float) -> None:
    if roll < rule.probability:
        fire(w, out, rule, "Evening review")


def _friend_pull(w: Draft, out: list[ev.Event], rule: FriendPullRule, roll: float) -> None:
    delta = pull_delta(w, rule)
    if delta:
        fire(w, out, rule, "Your friends", delta)  # not 'scores': a level names its own


def _association(w: Draft, out: list[ev.Event], rule: AssociationRule, roll: float) -> None:
    count = association_count(w, rule)
    if count:
        fire(w, out, rule, f"{count} of your connections", rule.delta * count)


def _streak(w: Draft, out: list[ev.Event], rule: StreakRule, roll: float) -> None:
    days = w.match_days.get(rule.id, frozenset())
    run = 0
    while (w.day - run) in days:
        run += 1
    fired = run and run % rule.days == 0 and fire(w, out, rule, f"{run}-day streak")
    if fired and rule.badge and rule.badge not in w.badges:
        w.badges = (*w.badges, rule.badge)
        out.append(ev.BadgeEarned(w.day, rule.badge))


EVENING: dict[type, EveningRun] = {
    DailyRule: _daily,
    ChanceRule: _chance,
    FriendPullRule: _friend_pull,
    AssociationRule: _association,
    StreakRule: _streak,
}
"""Rule model to its evening run; every evening rule draws one roll, used or not (replays)."""
