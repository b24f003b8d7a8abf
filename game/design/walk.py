"""Walk a level's model tree with YAML paths, so checks can point at file:line:column."""

from collections.abc import Iterator

from pydantic import BaseModel

from game.core.content.yaml_source import Path_
from game.core.level_spec import LevelSpec
from game.core.spec.conditions import Condition
from game.core.spec.effects import Effects


def walk(model: BaseModel, path: Path_ = ()) -> Iterator[tuple[Path_, BaseModel]]:
    """Every model in the tree, parents first, with the path of keys as written in YAML."""
    yield path, model
    for name, field in type(model).model_fields.items():
        value = getattr(model, name)
        key = field.alias or name
        if isinstance(value, BaseModel):
            yield from walk(value, (*path, key))
        elif isinstance(value, tuple):
            for i, entry in enumerate(value):
                if isinstance(entry, BaseModel):
                    yield from walk(entry, (*path, key, i))


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
