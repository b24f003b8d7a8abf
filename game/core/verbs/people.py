"""What the people verbs share: how rules see a character."""

from game.core.level import character_tags
from game.core.level_spec import LevelSpec
from game.core.rules.action import Match
from game.core.verbs.base import State

__all__ = ["character_match", "character_tags", "people"]


def people(spec: LevelSpec) -> dict[str, frozenset[str]]:
    return {c.id: character_tags(c) for c in spec.characters}


def character_match(w: State, verb: str, cid: str) -> Match:
    return Match(verb, cid, w.level.character_tags[cid], w.char_score(cid))
