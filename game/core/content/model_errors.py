"""Turn pydantic validation errors into designer problems at the right line and column."""

import re
import types
import typing
from typing import Any, get_args, get_origin

from pydantic import BaseModel, ValidationError

from game.core.content.problems import Problem, did_you_mean
from game.core.content.yaml_source import Path_, Positions


def problems_from_validation(
    exc: ValidationError, data: object, positions: Positions, file: str, root: type[BaseModel]
) -> list[Problem]:
    """One problem per pydantic error, located by walking the error's path through the data."""
    problems = []
    for error in exc.errors():
        path = _data_path(error["loc"], data)
        kind = error["type"]
        line, col = positions.of(path, key=kind == "extra_forbidden" or _is_mapping(data, path))
        message, hint = _describe(error, path, root)
        problems.append(Problem(file, line, col, message, hint))
    return problems


def _is_mapping(data: object, path: Path_) -> bool:
    """Errors about a whole mapping point at its key, where the designer will look."""
    for step in path:
        if isinstance(data, dict):
            data = data.get(step)
        elif isinstance(data, list) and isinstance(step, int) and step < len(data):
            data = data[step]
        else:
            return False
    return isinstance(data, dict)


def _data_path(loc: tuple, data: object) -> Path_:
    """Keep only the loc steps that exist in the data (drops union tags and validator names)."""
    path: list[str | int] = []
    node = data
    for step in loc:
        if (isinstance(node, dict) and step in node) or (
            isinstance(node, list) and isinstance(step, int) and 0 <= step < len(node)
        ):
            node = node[step]
        elif isinstance(node, dict) and isinstance(step, str) and step == loc[-1]:
            path.append(step)  # a missing or unknown key: point at its mapping or the key itself
            break
        else:
            continue
        path.append(step)
    return tuple(path)


def _where(path: Path_) -> str:
    return ".".join(str(p) for p in path) or "the top level"


def _describe(error: Any, path: Path_, root: type[BaseModel]) -> tuple[str, str | None]:
    kind, loc = error["type"], error["loc"]
    name = str(loc[-1]) if loc else "value"
    if kind == "extra_forbidden":
        allowed = _fields_at(root, loc[:-1])
        return f"unknown key '{name}' in {_where(path[:-1])}", did_you_mean(name, allowed)
    if kind == "missing":
        return f"missing required key '{name}' in {_where(path[:-1])}", None
    if kind in {"enum", "literal_error"}:
        expected = re.findall(r"'([^']*)'", str(error.get("ctx", {}).get("expected", "")))
        got = error.get("input")
        hint = did_you_mean(got, expected) or (
            f"one of: {', '.join(expected)}" if expected else None
        )
        return f"{_where(path)}: '{got}' is not allowed", hint
    if kind == "union_tag_invalid":
        expected = re.findall(r"'([^']*)'", str(error.get("ctx", {}).get("expected_tags", "")))
        got = error.get("ctx", {}).get("tag")
        return f"{_where(path)}: unknown kind '{got}'", did_you_mean(got, expected)
    if kind == "string_pattern_mismatch" and name != "sources":
        return f"{_where(path)}: {error['input']!r} is not a valid id or URL", _pattern_hint(error)
    message = error["msg"].removeprefix("Value error, ")
    if isinstance(error.get("input"), bool) and kind == "string_type":
        return f"{_where(path)}: {message}", "YAML reads yes/no/on/off as true/false; quote it"
    return f"{_where(path)}: {message}", None


def _pattern_hint(error: Any) -> str:
    pattern = str(error.get("ctx", {}).get("pattern", ""))
    if pattern.startswith("^http"):
        return "sources are full URLs starting with http:// or https://"
    return "ids use lower case letters, digits and underscores, starting with a letter"


def _fields_at(model: type[BaseModel], loc: tuple) -> list[str]:
    """The keys allowed at a location, for 'did you mean' hints."""
    current: Any = model
    for step in loc:
        current = _step(current, step)
        if current is None:
            return []
    current = _unwrap_model(current)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return [f.alias or n for n, f in current.model_fields.items()]
    return []


def _unwrap_model(tp: Any) -> Any:
    while get_origin(tp) is typing.Annotated:
        tp = get_args(tp)[0]
    if get_origin(tp) in (typing.Union, types.UnionType):
        models = [a for a in get_args(tp) if isinstance(a, type) and issubclass(a, BaseModel)]
        return models[0] if len(models) == 1 else tp
    return tp


def _step(current: Any, step: str | int) -> Any:
    current = _unwrap_model(current)
    if isinstance(current, type) and issubclass(current, BaseModel):
        for name, info in current.model_fields.items():
            if step in (name, info.alias):
                return info.annotation
        return None
    origin = get_origin(current)
    if origin in (tuple, list) and isinstance(step, int):
        return get_args(current)[0]
    if origin in (typing.Union, types.UnionType):
        for arg in get_args(current):
            if isinstance(arg, type) and getattr(arg, "model_fields", None):
                kind = arg.model_fields.get("kind")
                if kind is not None and kind.default == step:
                    return arg
        return current
    return None
