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
