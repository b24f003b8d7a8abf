"""unfriend: cut a friend off (rules may reward cutting low scorers: caste formation)."""

from collections.abc import Iterator

from game.core import events as ev
from game.core.actions import Action
from game.core.firing import fire_action_rules
from game.core.verbs.base import Offer, State, Verb, offer
from game.core.verbs.people import character_match, people
from game.core.world import Draft, World


def _candidates(w: World) -> Iterator[Offer]:
    """Every friend: `_refusal`'s check is the loop's own, so none is refused."""
    tags, friends, scores = w.level.character_tags, w.friends, w.char_scores
    for i, c in enumerate(w.level.spec.characters):  # char_scores are in this order
        if c.id in friends:
            yield offer(w, "unfriend", c.id, "Unfriend", tags[c.id], target_score=round(scores[i]))


def _refusal(w: State, a: Action) -> str | None:
    c = w.level.characters.get(a.target)
    if c is None or c.id not in w.friends:
        return "That person is not your friend."
    return None


def _apply(w: Draft, out: list[ev.Event], a: Action) -> None:
    c = w.level.characters[a.target]
    w.friends = w.friends - {c.id}
    w.unfriended = w.unfriended | {c.id}
    out.append(ev.FriendLost(w.day, c.id, ev.REMOVED_BY_PLAYER))
    out.append(ev.ActionTaken(w.day, str(a), f"You unfriended {c.name}."))
    fire_action_rules(w, out, character_match(w, "unfriend", c.id), f"Unfriended {c.name}")


UNFRIEND = Verb("unfriend", people, _candidates, _refusal, _apply)
