"""What the people verbs share: how rules see a character."""

from game.core.level_spec import LevelSpec
from game.core.rules.action import Match
from game.core.spec.characters import Character
from game.core.verbs.base import State


def character_tags(c: Character) -> frozenset[str]:
    """A character's traits plus their relation (family, colleague...), as rules match them."""
    return frozenset((*c.tags, c.relation.value))


def people(spec: LevelSpec) -> dict[str, frozenset[str]]:
    return {c.id: character_tags(c) for c in spec.characters}


def character_match(w: State, verb: str, cid: str) -> Match:
    c = w.level.characters[cid]
    return Match(verb, cid, character_tags(c), w.char_score(cid))
