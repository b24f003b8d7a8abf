"""befriend: add someone who is not yet a friend."""

from collections.abc import Iterator

from game.core import events as ev
from game.core.actions import Action
from game.core.firing import fire_action_rules
from game.core.verbs.base import Offer, State, Verb, offer
from game.core.verbs.people import character_match, people
from game.core.world import Draft, World


def _candidates(w: World) -> Iterator[Offer]:
    """Everyone not yet a friend: `_refusal`'s checks are the loop's own, so none is refused."""
    tags, friends, scores = w.level.character_tags, w.friends, w.char_scores
    for i, c in enumerate(w.level.spec.characters):  # char_scores are in this order
        if c.id not in friends:
            yield offer(w, "befriend", c.id, "Befriend", tags[c.id], target_score=round(scores[i]))


def _refusal(w: State, a: Action) -> str | None:
    c = w.level.characters.get(a.target)
    if c is None:
        return "Nobody by that name."
    if c.id in w.friends:
        return f"{c.name} is already your friend."
    return None


def _apply(w: Draft, out: list[ev.Event], a: Action) -> None:
    c = w.level.characters[a.target]
    w.friends = w.friends | {c.id}
    out.append(ev.FriendAdded(w.day, c.id))
    out.append(ev.ActionTaken(w.day, str(a), f"You and {c.name} are now friends."))
    fire_action_rules(w, out, character_match(w, "befriend", c.id), f"Befriended {c.name}")


BEFRIEND = Verb("befriend", people, _candidates, _refusal, _apply)
