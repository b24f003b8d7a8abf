"""like and share: react to a post in the feed; rules see its tags and its author's score."""

from collections.abc import Iterator
from functools import partial

from game.core import events as ev
from game.core.actions import Action
from game.core.firing import fire_action_rules
from game.core.level_spec import LevelSpec
from game.core.rules.action import Match
from game.core.verbs.base import Offer, State, Verb, offer
from game.core.world import Draft, World

_PAST = {"like": "liked", "share": "shared"}


def feed_post_appears(spec: LevelSpec, post_id: str) -> bool:
    """A dated post appears on its day; an undated one whenever its author is a character, who
    posts it by chance (`post_chance`) or on the second quiet evening in a row."""
    post = next(p for p in spec.feed if p.id == post_id)
    if post.day is not None:
        return post.day <= spec.player.days
    return any(c.id == post.author for c in spec.characters)


def _targets(spec: LevelSpec) -> dict[str, frozenset[str]]:
    return {p.id: frozenset(p.tags) for p in spec.feed if feed_post_appears(spec, p.id)}


def _candidates(verb: str, w: World) -> Iterator[Offer]:
    """Each post in the feed not yet reacted to this way: `_refusal`'s two checks are the
    loop's own, so none of these is refused."""
    label = verb.capitalize()
    level, reacted, scores = w.level, w.reacted, w.char_scores
    posts, tags, index = level.feed, level.feed_tags, level.character_index
    for _, pid in w.feed:
        if f"{verb}:{pid}" not in reacted:
            score = round(scores[index[posts[pid].author]])  # as World.char_score reads it
            yield offer(w, verb, pid, label, tags[pid], target_score=score)


def _refusal(w: State, a: Action) -> str | None:
    if a.target not in w.level.feed or all(pid != a.target for _, pid in w.feed):
        return "That post is not in your feed."
    if f"{a.verb}:{a.target}" in w.reacted:
        return f"You already did that ({a.verb})."
    return None


def _apply(w: Draft, out: list[ev.Event], a: Action) -> None:
    post = w.level.feed[a.target]
    w.reacted = w.reacted | {f"{a.verb}:{post.id}"}
    author = w.level.characters[post.author]
    done = _PAST[a.verb]
    out.append(ev.ActionTaken(w.day, str(a), f"You {done} a post by {author.name}."))
    match = Match(a.verb, post.id, w.level.feed_tags[post.id], w.char_score(post.author))
    fire_action_rules(w, out, match, f"You {done} a post by {author.name}")


LIKE = Verb("like", _targets, partial(_candidates, "like"), _refusal, _apply)
SHARE = Verb("share", _targets, partial(_candidates, "share"), _refusal, _apply)
