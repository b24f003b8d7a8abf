"""`offers(world)`: every action the player can take now, and every one they can see but not
take, with the reason they would read. The phone, the bots, lint and the simulator read this
list; the engine refuses with the same words (`refusal`).
"""

from game.core.actions import END_DAY, Action
from game.core.verbs import VERBS, Offer, Refused, State
from game.core.world import World

NO_TIME = "No time left today. End the day to continue."
_END_DAY = Offer(END_DAY, "End the day", frozenset())


def refusal(w: State, action: Action) -> str | None:
    """Why the engine would refuse this action now, or None if it would be taken."""
    if w.ended:
        return "The level is over."
    if action.verb == "end_day":
        return None
    verb = VERBS.get(action.verb)
    if verb is None:
        return f"Unknown action '{action.verb}'."
    if not verb.free and w.actions_left <= 0:
        return NO_TIME
    return verb.refusal(w, action)


def offers(w: World) -> list[Offer]:
    """What every verb offers now, refusals included, then ending the day; nothing once over."""
    if w.ended:
        return []
    out: list[Offer] = []
    for verb in VERBS.values():
        tired = not verb.free and w.actions_left <= 0
        for o in verb.candidates(w):
            out.append(o if not tired else _refused(o, NO_TIME))
    out.append(_END_DAY)
    return out


def allowed(w: World) -> list[Offer]:
    """The offers that would be taken now (what a bot chooses from): those of `offers` without
    a refusal, in the same order. Once the day's actions are used up, every verb that costs
    one is refused, so its candidates are not even listed."""
    if w.ended:
        return []
    tired = w.actions_left <= 0
    out = [
        o
        for verb in VERBS.values()
        if verb.free or not tired
        for o in verb.candidates(w)
        if o.refusal is None
    ]
    out.append(_END_DAY)
    return out


def _refused(o: Offer, reason: str) -> Offer:
    """The offer refused for want of time (whatever else stood in its way)."""
    price, note, score = o.price, o.price_note, o.target_score
    return Offer(o.action, o.label, o.tags, reason, price, note, score, Refused.TIME, reason)


def offer_for(w: World, action: Action) -> Offer | None:
    """The offer for this exact action now, or None if the phone does not show it."""
    return next((o for o in offers(w) if o.action == action), None)
