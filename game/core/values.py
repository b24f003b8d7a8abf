"""Frozen value classes that are cheap to make: a level played makes thousands of them."""

from dataclasses import MISSING, fields
from typing import Any, TypeVar

T = TypeVar("T")


def quick_init(cls: type[T]) -> type[T]:
    """Give a `@dataclass(frozen=True, slots=True)` class an `__init__` that fills each slot
    through its own setter. The generated one goes through `object.__setattr__` per field
    (the way round `frozen`), which costs more than the engine's work on most steps.

    Only plain fields: no default factories, keyword-only fields or `__post_init__`.
    """
    names: list[str] = []
    params: list[str] = []
    scope: dict[str, Any] = {}
    for f in fields(cls):  # type: ignore[arg-type]
        if f.default_factory is not MISSING or not f.init or f.kw_only:
            raise TypeError(f"{cls.__name__}.{f.name}: quick_init takes plain fields only")
        names.append(f.name)
        scope[f"_set_{f.name}"] = getattr(cls, f.name).__set__
        if f.default is MISSING:
            params.append(f.name)
        else:
            scope[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
    if hasattr(cls, "__post_init__") or "__slots__" not in cls.__dict__:
        raise TypeError(f"{cls.__name__}: quick_init takes slotted classes without __post_init__")
    body = "".join(f"\n    _set_{n}(self, {n})" for n in names) or "\n    pass"
    # the source is made from the class's own field names, never from level data (the way
    # `dataclasses` makes its `__init__`)
    exec(f"def __init__(self, {', '.join(params)}):{body}", scope)
    init = scope["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    setattr(cls, "__init__", init)  # noqa: B010 (mypy refuses assigning a method)
    return cls
