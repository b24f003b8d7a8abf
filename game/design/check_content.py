"""Items, posts, feed posts and characters that nothing uses, or that never appear."""

from collections.abc import Iterator

from game.core.level_spec import LevelSpec
from game.core.rules.action import ActionRule
from game.core.rules.association import AssociationRule
from game.core.rules.streak import StreakRule
from game.core.spec.characters import Character
from game.core.spec.intended import Check
from game.core.verbs.reactions import feed_post_appears
from game.design.findings import Finding
from game.design.targets import CHARACTER_VERBS, matched
from game.design.walk import conditions, effects, owner_id


def _rule_targets(spec: LevelSpec, verbs: tuple[str, ...]) -> set[str]:
    found: set[str] = set()
    for rule in spec.rules:
        if isinstance(rule, ActionRule | StreakRule) and rule.when.action.value in verbs:
            found |= matched(spec, rule.when)
    return found


def _strategy_ids(spec: LevelSpec) -> set[str]:
    return {i for s in spec.strategies for i in s.prefer.ids}


def referenced(spec: LevelSpec) -> set[str]:
    """Item and post ids a rule matches or a condition, effect or strategy names."""
    used = _rule_targets(spec, ("buy", "post")) | _strategy_ids(spec)
    for _, c in conditions(spec):
        used |= {c.owns, c.posted} - {None}
    used |= {e.fabricated_post for _, e in effects(spec) if e.fabricated_post}
    tags = {t for _, c in conditions(spec) for t in (c.posted_tag, c.not_posted_tag) if t}
    used |= {p.id for p in spec.posts if not tags.isdisjoint({*p.tags, p.tone})}
    return used


def hidden_feed(spec: LevelSpec) -> Iterator[Finding]:
    """Feed posts that never appear: a day after the level ends."""
    for i, post in enumerate(spec.feed):
        if not feed_post_appears(spec, post.id):
            yield Finding(
                Check.HIDDEN_FEED_POST,
                post.id,
                ("feed", i, "id"),
                f"feed post '{post.id}' never appears",
                "give it a day within player.days, or no day (its author posts it by chance)",
            )


def after_the_end(spec: LevelSpec) -> Iterator[Finding]:
    """Events and talks dated after the last day: they never happen. Shortening
    `player.days` leaves them behind without a word from validate."""
    days = spec.player.days
    dated = [(e.id, e.day, ("events", i, "day"), "event") for i, e in enumerate(spec.events)]
    for i, person in enumerate(spec.characters):
        for j, talk in enumerate(person.talks):
            dated.append((talk.id, talk.day, ("characters", i, "talks", j, "day"), "talk"))
    for ident, day, path, noun in dated:
        if day is not None and day > days:
            yield Finding(
                Check.AFTER_THE_END,
                ident,
                path,
                f"{noun} '{ident}' is on day {day}, after the level ends (day {days})",
                f"give it a day from 1 to {days}, or add days to player.days",
            )


def unused_characters(spec: LevelSpec) -> Iterator[Finding]:
    """Characters who start apart, are never suggested, named or matched by any rule."""
    if any(r.kind == "friend_pull" for r in spec.rules):
        return
    used = _rule_targets(spec, CHARACTER_VERBS) | _strategy_ids(spec)
    used |= {p.author for p in spec.feed if feed_post_appears(spec, p.id)}
    used |= {ch.id for _, e in effects(spec) for ch in e.characters}
    for _, c in conditions(spec):
        used |= {c.is_friend, c.not_friend, c.unfriended, c.not_unfriended} - {None}
    counting = [r for r in spec.rules if isinstance(r, AssociationRule)]
    for i, person in enumerate(spec.characters):
        active = person.friend or person.suggested or person.help is not None
        counted = any(_counts(r, person) for r in counting)
        if not (active or counted or person.id in used):
            yield Finding(
                Check.UNUSED_CHARACTER,
                person.id,
                ("characters", i, "id"),
                f"character '{person.id}' is not a friend, not suggested and not used by any rule",
                "make them a friend or suggested, give them posts or a rule, or remove them",
            )


def _counts(rule: AssociationRule, person: Character) -> bool:
    """Whether an association rule would count this person (by their starting score)."""
    if rule.tags and person.tags and set(rule.tags).isdisjoint(person.tags):
        return False
    if rule.tags and not person.tags:
        return False
    if rule.relation is not None and person.relation != rule.relation:
        return False
    if rule.score_below is not None and person.score >= rule.score_below:
        return False
    return rule.score_at_least is None or person.score >= rule.score_at_least


def who_cut(spec: LevelSpec) -> Iterator[Finding]:
    """Talks and events that wait for `not_friend: X` when X can also drop the player: it
    holds whoever ended the tie, so a "you unfriended me?" message would also come after X's
    own drop. `unfriended` and `not_unfriended` tell the two apart."""
    droppers = _droppers(spec)
    for path, c in conditions(spec):
        person = c.not_friend
        if person not in droppers or path[0] not in ("characters", "events"):
            continue
        if person in (c.unfriended, c.not_unfriended):
            continue
        yield Finding(
            Check.WHO_CUT,
            owner_id(spec, path),
            (*path, "not_friend"),
            f"not_friend: {person} also holds when {droppers[person]}, not only when the "
            "player unfriends them",
            f"for the player's cut write unfriended: {person}; for theirs add "
            f"not_unfriended: {person}",
        )


def _droppers(spec: LevelSpec) -> dict[str, str]:
    """Characters who can end a friendship with the player, and how, in words."""
    found = {
        c.id: f"{c.id} drops the player (unfriends_below: {c.unfriends_below})"
        for c in spec.characters
        if c.unfriends_below is not None
    }
    for _, e in effects(spec):
        for change in e.characters:
            if change.befriends is False and change.id not in found:
                found[change.id] = f"an effect drops the player ({change.id} befriends: false)"
    return found
