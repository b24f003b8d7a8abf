"""Field types and defaults of the level models, written for designers rather than programmers."""

import enum
import inspect
import types
from typing import Annotated, Literal, Union, get_args, get_origin

import annotated_types
from pydantic import BaseModel
from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined

_PLAIN = {int: "whole number", float: "number", bool: "true or false", str: "text"}


def anchor(model: type) -> str:
    """The Markdown anchor of a model's heading (headings are the class names)."""
    return model.__name__.lower()


def type_text(tp: object, metadata: list | tuple = ()) -> str:
    """A short description of what a field holds, linking to nested models."""
    origin = get_origin(tp)
    if origin is Annotated:
        base, *meta = get_args(tp)
        return type_text(base, meta)
    if origin in (Union, types.UnionType):
        parts = [type_text(a) for a in get_args(tp) if a is not type(None)]
        return " or ".join(parts)
    if origin is tuple:
        return f"list of {type_text(get_args(tp)[0])}"
    if origin is dict:
        key, value = get_args(tp)
        return f"mapping of {type_text(key)} to {type_text(value)}"
    if origin is Literal:
        values = [f"`{v}`" for v in get_args(tp)]
        return "one of " + ", ".join(values) if len(values) > 1 else values[0]
    if inspect.isclass(tp) and issubclass(tp, BaseModel):
        return f"[{tp.__name__}](#{anchor(tp)})"
    if inspect.isclass(tp) and issubclass(tp, enum.Enum):
        return "one of " + ", ".join(f"`{m.value}`" for m in tp)
    if tp is str:
        return _string_text(metadata)
    return _PLAIN.get(tp, getattr(tp, "__name__", str(tp)))  # type: ignore[call-overload]


def _string_text(metadata: list | tuple) -> str:
    for meta in metadata:
        pattern = getattr(meta, "pattern", None)
        if pattern and pattern.startswith("^[a-z]"):
            return "id"
        if pattern and pattern.startswith("^https?"):
            return "URL"
        if getattr(meta, "max_length", None):
            return f"text (up to {meta.max_length} characters)"
    return "text"


def field_type(field: FieldInfo) -> str:
    """The type of a field with its numeric bounds (`1 to 30`, `at least 0`)."""
    text = type_text(field.annotation, field.metadata)
    bounds = _bounds(field.metadata, "character" if text == "text" else "entry")
    return f"{text}, {bounds}" if bounds else text


def _bounds(metadata: list, unit: str = "entry") -> str:
    low = high = None
    for meta in metadata:
        if isinstance(meta, annotated_types.Ge):
            low = f"at least {meta.ge}"
        elif isinstance(meta, annotated_types.Gt):
            low = f"more than {meta.gt}"
        elif isinstance(meta, annotated_types.Le):
            high = f"at most {meta.le}"
        elif isinstance(meta, annotated_types.MinLen) and meta.min_length:
            low = f"at least {_count(meta.min_length, unit)}"
        elif isinstance(meta, annotated_types.MaxLen):
            high = f"at most {_count(meta.max_length, unit)}"
    return " and ".join(b for b in (low, high) if b)


def _count(count: int, unit: str) -> str:
    """`1 entry`, `200 entries`, `200 characters`."""
    if count == 1:
        return f"1 {unit}"
    return f"{count} {unit[:-1]}ies" if unit.endswith("y") else f"{count} {unit}s"


def default_text(field: FieldInfo) -> str:
    """`required`, or the value used when the key is left out, as YAML would spell it."""
    if field.is_required():
        return "required"
    if field.default_factory is not None:
        return "`{}`"
    value = field.default
    if value is PydanticUndefined or value is None:
        return "none"
    if isinstance(value, BaseModel):
        return "each key at its default"  # its own table lists them
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, bool):
        return f"`{str(value).lower()}`"
    if value == ():
        return "`[]`"
    return f"`{value}`"


def nested_models(field: FieldInfo) -> list[type[BaseModel]]:
    """Models a field's type refers to, in order, so the reference can document them next."""
    found: list[type[BaseModel]] = []

    def walk(tp: object) -> None:
        if inspect.isclass(tp) and issubclass(tp, BaseModel):
            found.append(tp)
        for arg in get_args(tp):
            walk(arg)

    walk(field.annotation)
    return found
