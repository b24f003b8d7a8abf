"""Conversations in the day: messages arrive in the morning, reactions a few mornings after
the player's reply (see spec.talks for the level format and verbs.reply for answering)."""

from game.core import events as ev
from game.core.conditions import holds
from game.core.spec.talks import Talk
from game.core.world import Draft


def arrives(talk: Talk, w: Draft) -> bool:
    """Scripted by day, by condition, or the first day on or after `day` that `if` holds."""
    if talk.day is None:
        return talk.when is not None and holds(talk.when, w)
    if talk.when is None:
        return talk.day == w.day
    return w.day >= talk.day and holds(talk.when, w)


def morning_talks(w: Draft, out: list[ev.Event]) -> None:
    """Deliver reactions that are due, then open messages that arrive today."""
    due = [r for r in w.reactions_due if r[0] <= w.day]
    w.reactions_due = tuple(r for r in w.reactions_due if r[0] > w.day)
    for _, cid, text, mood in due:
        out.append(ev.CharacterReacted(w.day, cid, text, mood))
    for character in w.level.spec.characters:
        for talk in character.talks:
            if talk.id not in w.talks_seen and arrives(talk, w):
                w.talks_seen = w.talks_seen | {talk.id}
                w.open_talks = (*w.open_talks, talk.id)
                out.append(ev.TalkStarted(w.day, talk.id, character.id))
