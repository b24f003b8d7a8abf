"""The actions worth offering now: what the phone lists and what bots choose from.

Gated services are included on purpose (the refusal, with its reason, is part of the lesson);
things the player cannot afford or has already done are not.
"""

from game.core.actions import END_DAY, Action
from game.core.conditions import holds
from game.core.pricing import price_for
from game.core.world import World


def available_actions(w: World) -> list[Action]:
    """Every action that would not be refused for a trivial reason, plus end_day."""
    if w.ended:
        return []
    actions = [
        Action("answer", p, o.id) for p in w.open_prompts for o in w.level.prompts[p].options
    ]
    if w.actions_left > 0:
        actions += _spending(w) + _social(w) + _network(w)
        if w.level.spec.score.dispute:
            actions += [Action("dispute", str(cid)) for cid in sorted(w.disputable)]
    actions.append(END_DAY)
    return actions


def _spending(w: World) -> list[Action]:
    out = []
    for item in w.level.spec.items:
        offered = holds(item.available, w) and not (item.once and w.owned.get(item.id))
        if offered and price_for(item, w)[0] <= w.money:
            out.append(Action("buy", item.id))
    for s in w.level.spec.services:
        if holds(s.available, w) and not (s.once and s.id in w.used_services):
            out.append(Action("apply", s.id))
    return out


def _social(w: World) -> list[Action]:
    out = [
        Action("post", p.id)
        for p in w.level.spec.posts
        if p.id not in w.posted and holds(p.available, w)
    ]
    for _, pid in w.feed:
        for verb in ("like", "share"):
            if f"{verb}:{pid}" not in w.reacted:
                out.append(Action(verb, pid))
    return out


def _network(w: World) -> list[Action]:
    out = []
    for c in w.level.spec.characters:
        if c.id in w.friends:
            out += [Action("unfriend", c.id), Action("message", c.id)]
        else:
            out.append(Action("befriend", c.id))
            if c.relation == "family":
                out.append(Action("message", c.id))
        if (
            c.help
            and w.day >= c.help.from_day
            and c.id not in w.helped
            and c.help.amount <= w.money
        ):
            out.append(Action("help", c.id))
    return out
