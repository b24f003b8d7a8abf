"""Keep the sound parts of a level that failed validation, so reference checks still run.

A designer fixing a file wants every problem in one run: a wrong type in one rule must not
hide an unknown item in another. The entries that failed are left out (their ids still count
as known, so nothing refers to them in vain) and positions keep pointing at the original
entries.
"""

from dataclasses import dataclass, field
from functools import cache
from typing import Any, get_args, get_origin

from pydantic import BaseModel, TypeAdapter, ValidationError

from game.core.content.yaml_source import Path_, Positions
from game.core.level_spec import LevelSpec
from game.core.spec.score import Score
from game.core.spec.story import Debrief


@dataclass
class Salvaged:
    """The sound part of a level, how its list indices map back, and ids of broken entries."""

    spec: LevelSpec
    kept: dict[Path_, list[int]] = field(default_factory=dict)
    broken: dict[str, set[str]] = field(default_factory=dict)
    incomplete: set[str] = field(default_factory=set)
    """Top-level sections that lost entries or failed as a whole."""


class RemappedPositions(Positions):
    """Positions of the original file, looked up by paths into the salvaged level."""

    def __init__(self, original: Positions, kept: dict[Path_, list[int]]) -> None:
        super().__init__(original.values, original.keys)
        self.kept = kept
        self._by_head: dict[object, list[tuple[Path_, list[int]]]] = {}
        """The kept prefixes by their first key: a crafted file can report tens of thousands
        of problems, each looked up here."""
        for prefix, indices in kept.items():
            self._by_head.setdefault(prefix[0], []).append((prefix, indices))

    def of(self, path: Path_, *, key: bool = False) -> tuple[int, int]:
        return super().of(self.original_path(path), key=key)

    def original_path(self, path: Path_) -> Path_:
        """The path as written in the file, before broken entries were left out."""
        for prefix, indices in self._by_head.get(path[0], ()) if path else ():
            n = len(prefix)
            if path[:n] == prefix and len(path) > n and isinstance(path[n], int):
                index = path[n]
                if index < len(indices):  # type: ignore[operator]
                    return (*prefix, indices[index], *path[n + 1 :])  # type: ignore[index]
        return path


@cache
def _adapter(tp: Any) -> TypeAdapter[Any]:
    return TypeAdapter(tp)


def salvage(data: dict[str, Any]) -> Salvaged:
    """A LevelSpec built from the entries and sections of `data` that validate on their own."""
    out = Salvaged(LevelSpec.model_construct())  # type: ignore[call-arg]  # filled in below
    values: dict[str, Any] = {"format": 1}
    for name, info in LevelSpec.model_fields.items():
        if name in ("format", "schema_"):
            continue
        raw = data.get(info.alias or name)
        annotation = info.annotation
        if get_origin(annotation) is tuple:
            values[name] = _entries(out, (name,), raw, get_args(annotation)[0])
        else:
            values[name] = _section(out, name, raw, annotation, info)
    out.spec = LevelSpec.model_construct(**values)
    return out


def _entries(out: Salvaged, path: Path_, raw: object, item_type: Any) -> tuple[Any, ...]:
    """The entries of a list that validate, remembering where each came from."""
    if not isinstance(raw, list):
        if raw is not None:
            out.incomplete.add(str(path[0]))
        return ()
    good, kept = [], []
    for index, entry in enumerate(raw):
        try:
            good.append(_adapter(item_type).validate_python(entry))
            kept.append(index)
        except ValidationError:
            _remember_broken(out, str(path[-1]), entry)
            out.incomplete.add(str(path[0]))
    out.kept[path] = kept
    return tuple(good)


def _section(out: Salvaged, name: str, raw: object, annotation: Any, info: Any) -> Any:
    if raw is None and not info.is_required():
        return info.get_default(call_default_factory=True)
    try:
        return _adapter(annotation).validate_python(raw)
    except ValidationError:
        out.incomplete.add(name)
    raw_map = raw if isinstance(raw, dict) else {}
    if name == "score":
        factors = _entries(out, ("score", "factors"), raw_map.get("factors"), _item("factors"))
        return Score.model_construct(factors=factors)
    if name == "debrief":
        cards = _entries(out, ("debrief", "cards"), raw_map.get("cards"), _item("cards"))
        return Debrief.model_construct(cards=cards)  # type: ignore[call-arg]  # cards only
    model = _unwrap(annotation)
    if model is None:
        return None
    if name == "society":  # every field has a default: keep those that validate alone
        return model.model_construct(**_sound_fields(model, raw_map))
    return model.model_construct()


def _sound_fields(model: type[BaseModel], raw: dict[str, Any]) -> dict[str, Any]:
    """The fields of `raw` that validate on their own (a wrong `conform:` must not hide an
    unknown rule in `leave_out:`)."""
    out = {}
    for name, info in model.model_fields.items():
        key = info.alias or name
        if key not in raw:
            continue
        try:
            bounded = info.rebuild_annotation()  # the type with its limits (max_length...)
            out[name] = _adapter(bounded).validate_python(raw[key])
        except ValidationError:
            continue
    return out


def _item(name: str) -> Any:
    model = Score if name == "factors" else Debrief
    return get_args(model.model_fields[name].annotation)[0]


def _unwrap(annotation: Any) -> type[BaseModel] | None:
    candidates = [annotation, *get_args(annotation)]
    return next((c for c in candidates if isinstance(c, type) and issubclass(c, BaseModel)), None)


def _remember_broken(out: Salvaged, collection: str, entry: object) -> None:
    """Ids and tags a broken entry declares still count as known to the reference checks."""
    if not isinstance(entry, dict):
        return
    if isinstance(entry.get("id"), str):
        out.broken.setdefault(collection, set()).add(entry["id"])
    tags = entry.get("tags")
    words = [t for t in tags if isinstance(t, str)] if isinstance(tags, list) else []
    if isinstance(tags, str):  # `tags: tidy`, refused for not being a list, still names one
        words.append(tags)
    words += [entry[k] for k in ("tone", "category", "relation") if isinstance(entry.get(k), str)]
    words += [w.lower() for w in words]  # `tone: Critical` is refused; rules on critical stand
    out.broken.setdefault(f"tags:{collection}", set()).update(words)
    options = entry.get("options")
    if isinstance(options, list):
        ids = {o["id"] for o in options if isinstance(o, dict) and isinstance(o.get("id"), str)}
        out.broken.setdefault("options", set()).update(ids)
