"""post: publish one of today's post options in the player's name."""

from collections.abc import Iterator

from game.core import events as ev
from game.core.actions import Action
from game.core.conditions import holds
from game.core.effects import publish_post
from game.core.level import post_tags
from game.core.level_spec import LevelSpec
from game.core.verbs.base import Offer, State, Verb, offer
from game.core.world import Draft, World


def _targets(spec: LevelSpec) -> dict[str, frozenset[str]]:
    return {p.id: post_tags(p) for p in spec.posts}


def _candidates(w: World) -> Iterator[Offer]:
    """Today's posts not yet published: `_refusal`'s checks are the loop's own."""
    tags, posted = w.level.post_tags, w.posted
    for post in w.level.spec.posts:
        if post.id not in posted and (post.available is None or holds(post.available, w)):
            yield offer(w, "post", post.id, "Post", tags[post.id])


def _refusal(w: State, a: Action) -> str | None:
    post = w.level.posts.get(a.target)
    if post is None or not holds(post.available, w):
        return "That post is not an option today."
    if post.id in w.posted:
        return "You already published that post."
    return None


def _apply(w: Draft, out: list[ev.Event], a: Action) -> None:
    post = w.level.posts[a.target]
    out.append(ev.ActionTaken(w.day, str(a), f"You posted: {post.text}"))
    publish_post(w, out, post.id, fabricated=False)


POST = Verb("post", _targets, _candidates, _refusal, _apply)
