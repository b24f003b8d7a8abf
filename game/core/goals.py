"""Judging life goals: met the moment they hold, failed when their failure holds or time runs out."""

from game.core import events as ev
from game.core.conditions import holds
from game.core.world import Draft


def check_goals(w: Draft, out: list[ev.Event]) -> None:
    """Judge anytime goals against the world as it is now."""
    for goal in w.level.spec.goals:
        if goal.id in w.goals:
            continue
        if goal.failed_if is not None and holds(goal.failed_if, w):
            w.goals[goal.id] = "failed"
            out.append(ev.GoalFailed(w.day, goal.id))
        elif goal.check == "anytime" and holds(goal.met_if, w):
            w.goals[goal.id] = "met"
            out.append(ev.GoalMet(w.day, goal.id))


def final_goals(w: Draft, out: list[ev.Event]) -> None:
    """On the last evening every goal still open is judged once and for all."""
    for goal in w.level.spec.goals:
        if goal.id in w.goals:
            continue
        met = goal.check == "at_end" and holds(goal.met_if, w)
        w.goals[goal.id] = "met" if met else "failed"
        out.append(ev.GoalMet(w.day, goal.id) if met else ev.GoalFailed(w.day, goal.id))
