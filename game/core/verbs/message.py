"""message: talk to a friend or a family member; they answer with their next reply."""

from collections.abc import Iterator

from game.core import events as ev
from game.core.actions import Action
from game.core.firing import fire_action_rules
from game.core.verbs.base import Offer, State, Verb, offer
from game.core.verbs.people import character_match, people
from game.core.world import Draft, World


def _candidates(w: World) -> Iterator[Offer]:
    """Friends and family: `_refusal`'s check is the loop's own, so none is refused."""
    tags, friends, scores = w.level.character_tags, w.friends, w.char_scores
    for i, c in enumerate(w.level.spec.characters):  # char_scores are in this order
        if c.id in friends or c.relation == "family":
            yield offer(w, "message", c.id, "Message", tags[c.id], target_score=round(scores[i]))


def _refusal(w: State, a: Action) -> str | None:
    c = w.level.characters.get(a.target)
    if c is None or (c.id not in w.friends and c.relation != "family"):
        return "You can message friends and family only."
    return None


def _apply(w: Draft, out: list[ev.Event], a: Action) -> None:
    c = w.level.characters[a.target]
    count = w.messages.get(c.id, 0)
    w.messages[c.id] = count + 1
    reply = c.replies[count % len(c.replies)] if c.replies else f"{c.name} reads your message."
    out.append(ev.ActionTaken(w.day, str(a), f"{c.name}: {reply}"))
    fire_action_rules(w, out, character_match(w, "message", c.id), f"Messaged {c.name}")


MESSAGE = Verb("message", people, _candidates, _refusal, _apply)
