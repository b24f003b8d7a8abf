"""Walk a level's model tree with YAML paths, so checks can point at file:line:column."""

from collections.abc import Iterator

from game.core.content.crossrefs import walk
from game.core.content.yaml_source import Path_
from game.core.level_spec import LevelSpec
from game.core.spec.conditions import Condition
from game.core.spec.effects import Effects


def conditions(spec: LevelSpec) -> Iterator[tuple[Path_, Condition]]:
    """Every condition in the level (rules, gates, goals, events, prices...)."""
    for path, model in walk(spec):
        if isinstance(model, Condition):
            yield path, model


def effects(spec: LevelSpec) -> Iterator[tuple[Path_, Effects]]:
    """Every effects block (events, prompt options, services)."""
    for path, model in walk(spec):
        if isinstance(model, Effects):
            yield path, model


def owner_id(spec: LevelSpec, path: Path_) -> str:
    """The id of the innermost entry on a path (the rule, event or post holding a text), or
    the path's first key when no entry on it has an id (`player`)."""
    found = str(path[0]) if path else spec.meta.id
    node: object = spec
    for step in path:
        if isinstance(step, int):
            node = node[step] if isinstance(node, tuple) and step < len(node) else None
        else:
            node = getattr(node, step, None)
        ident = getattr(node, "id", None)
        if isinstance(ident, str):
            found = ident
    return found
