"""What each verb can act on in a level, with the tags rules see: each verb's own `targets`."""

from game.core.level_spec import LevelSpec
from game.core.rules.action import When
from game.core.verbs import VERBS

CHARACTER_VERBS = ("befriend", "unfriend", "message", "help")
"""Verbs aimed at a person."""


def targets(spec: LevelSpec, verb: str) -> dict[str, frozenset[str]]:
    """Target id to its tags, for the targets the game can offer for this verb."""
    owner = VERBS.get(verb)
    return owner.targets(spec) if owner is not None else {}


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
