"""reply: answer a character's message with one of its two or three replies; it costs no
action. The reply's effects apply at once; the character's reaction comes on a later morning."""

from collections.abc import Iterator

from game.core import events as ev
from game.core.actions import Action
from game.core.effects import apply_effects
from game.core.firing import fire_action_rules
from game.core.level_spec import LevelSpec
from game.core.rules.action import Match
from game.core.verbs.base import Offer, State, Verb
from game.core.world import Draft, World


def _targets(spec: LevelSpec) -> dict[str, frozenset[str]]:
    """Each reply with the tags `_apply` fires rules with: its talk's id and its character's."""
    return {
        r.id: frozenset({t.id, c.id}) for c in spec.characters for t in c.talks for r in t.replies
    }


def _candidates(w: World) -> Iterator[Offer]:
    for tid in w.open_talks:
        character, talk = w.level.talks[tid]
        for r in talk.replies:
            action = Action("reply", tid, r.id)
            yield Offer(action, r.label, frozenset({tid, character.id}), _refusal(w, action))


def _refusal(w: State, a: Action) -> str | None:
    if a.target not in w.open_talks:
        return "There is no such message waiting for a reply."
    replies = [r.id for r in w.level.talks[a.target][1].replies]
    if a.option not in replies:
        return f"Choose one of: {', '.join(replies)}."
    return None


def _apply(w: Draft, out: list[ev.Event], a: Action) -> None:
    character, talk = w.level.talks[a.target]
    reply = next(r for r in talk.replies if r.id == a.option)
    w.open_talks = tuple(t for t in w.open_talks if t != talk.id)
    w.talk_replies = {**w.talk_replies, talk.id: reply.id}
    out.append(ev.TalkReplied(w.day, talk.id, reply.id, character.id))
    apply_effects(w, out, reply.effects, talk.id, f"Your reply to {character.name}")
    if reply.reaction is not None:
        r = reply.reaction
        due = (w.day + r.after_days, character.id, r.text, r.mood.value)
        w.reactions_due = (*w.reactions_due, due)
    match = Match("reply", reply.id, frozenset({talk.id, character.id}))
    fire_action_rules(w, out, match, f"Replied to {character.name}")


REPLY = Verb("reply", _targets, _candidates, _refusal, _apply, free=True)
