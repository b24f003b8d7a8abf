"""What each verb can act on in a level, with the tags rules see (as `bots.target_tags`)."""

from game.core.rules.action import When
from game.core.spec.level import LevelSpec

CHARACTER_VERBS = ("befriend", "unfriend", "message", "help")


def targets(spec: LevelSpec, verb: str) -> dict[str, frozenset[str]]:
    """Target id to its tags, for the targets the game can offer for this verb."""
    if verb == "buy":
        return {i.id: frozenset(i.tags) for i in spec.items}
    if verb == "post":
        return {p.id: frozenset({*p.tags, p.tone}) for p in spec.posts}
    if verb in ("like", "share"):
        return {p.id: frozenset(p.tags) for p in spec.feed if feed_post_appears(spec, p.id)}
    if verb in CHARACTER_VERBS:
        people = [c for c in spec.characters if verb != "help" or c.help is not None]
        return {c.id: frozenset({*c.tags, c.relation.value}) for c in people}
    if verb == "apply":
        return {s.id: frozenset({s.category}) for s in spec.services}
    if verb == "answer":
        return {o.id: frozenset() for p in spec.prompts for o in p.options}
    if verb == "dispute":
        return {r.id: frozenset() for r in spec.rules if r.disputable} if spec.score.dispute else {}
    return {}


def matched(spec: LevelSpec, when: When) -> set[str]:
    """The ids of targets a rule's `when` can match (ignoring target score bounds)."""
    found = set()
    for ident, tags in targets(spec, when.action.value).items():
        if when.ids and ident not in when.ids:
            continue
        if when.tags and tags.isdisjoint(when.tags):
            continue
        found.add(ident)
    return found


def feed_post_appears(spec: LevelSpec, post_id: str) -> bool:
    """A dated post appears on its day; an undated one only if its author ever posts."""
    post = next(p for p in spec.feed if p.id == post_id)
    if post.day is not None:
        return post.day <= spec.player.days
    author = next((c for c in spec.characters if c.id == post.author), None)
    return author is not None and author.post_chance > 0
