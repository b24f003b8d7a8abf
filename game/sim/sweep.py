"""`simulate --set PATH=VALUES`: versions of a level with one number changed, checked first.

A path names a number in the level file: `score.start`, `player.days`, or an entry of a list
by its id, then the key: `rules.critical_down.delta`, `items.diapers.price`; an entry with
no id by its place counted from 1, after a `#`: `items.phone_case.price_if#1.price`. Paths
in messages are written the same way (`game.design.entry_paths`). Values are a comma list
(`-10,-20,-40`) or a range `start:stop:step` (stop included when reached).
"""

import copy
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from game.core.content.loader import load_level_text
from game.core.content.problems import did_you_mean, visible_char
from game.core.content.yaml_source import parse_yaml_text
from game.core.level import Level

MAX_VALUES = 50
"""Most values one sweep may try (each is a full simulation)."""
MAX_PATH_CHARS = 1000
"""The longest path `--set` takes (a level's deepest, at 40 levels of ids, is far shorter)."""


class SweepError(ValueError):
    """A --set the level cannot take, in the designer's words; `data`, for a changed level
    the loader refused, is that level, so the loader's paths in the message can be written
    as the designer writes them (`game.design.entry_paths.named_in`)."""

    def __init__(self, message: str, data: object = None) -> None:
        # what was typed is said back: an escape sequence in it is shown, never sent
        super().__init__("".join(map(visible_char, message)))
        self.data = data


@dataclass(frozen=True)
class Sweep:
    """A checked path into the level's data and the values to try."""

    path: tuple[str, ...]
    values: tuple[float, ...]

    @property
    def text(self) -> str:
        return shown(self.path)


def shown(path: Sequence[str]) -> str:
    """Steps as the designer writes them: keys and ids after a dot, places after their list's
    name (`items.phone_case.price_if#1.price`)."""
    return "".join(s if s.startswith("#") or i == 0 else f".{s}" for i, s in enumerate(path))


def _steps(text: str) -> tuple[str, ...]:
    """`a.b#2.c` as the steps a, b, #2, c."""
    steps: list[str] = []
    for part in text.split("."):
        key, mark, place = part.partition("#")
        steps += [key] if key or not mark else []
        steps += [f"#{place}"] if mark else []
    return tuple(steps)


def parse_sweep(text: str, source: str) -> Sweep:
    """Check `PATH=VALUES` against the level's YAML text; raise SweepError if it does not fit."""
    path_text, sep, values_text = text.partition("=")
    if not sep or not path_text or not values_text:
        raise SweepError(f"--set '{text}': write PATH=VALUES, like rules.my_rule.delta=-10,-20")
    if len(path_text) > MAX_PATH_CHARS:
        raise SweepError(
            f"--set: the path is {len(path_text)} characters long; at most {MAX_PATH_CHARS}"
        )
    data = _data(source)
    path = _steps(path_text)
    _locate(data, path)
    return Sweep(path, _values(values_text))


def _data(source: str) -> dict[str, Any]:
    parsed = parse_yaml_text(source, "level")
    if parsed.problems or not isinstance(parsed.data, dict):
        raise SweepError("the level file does not parse")
    return parsed.data


def _values(text: str) -> tuple[float, ...]:
    shown = text if len(text) <= 40 else text[:40] + "..."
    usage = SweepError(f"--set values '{shown}': numbers separated by commas, or start:stop:step")
    try:
        numbers = [float(p) for p in text.split(":" if ":" in text else ",")]
    except ValueError:
        raise usage from None
    if not all(math.isfinite(n) for n in numbers):
        raise SweepError(f"--set values '{shown}': every number must be finite")
    values = _range(numbers, usage) if ":" in text else numbers
    if len(values) > MAX_VALUES:
        raise SweepError(f"--set: {len(values)} values; at most {MAX_VALUES}")
    return tuple(_whole(v) for v in values)


def _whole(value: float) -> float:
    """A whole value as an int, where a float holds it exactly (1e308 as an int would be
    printed with 309 digits in the message that refuses it)."""
    return int(value) if value.is_integer() and abs(value) <= 2**53 else value


def _range(numbers: list[float], usage: SweepError) -> list[float]:
    """start:stop[:step], stop included when reached; never more than MAX_VALUES of them."""
    if len(numbers) not in (2, 3):
        raise usage
    start, stop = numbers[0], numbers[1]
    step = numbers[2] if len(numbers) == 3 else 1.0
    if step == 0:
        raise SweepError(f"{usage} (the step must not be 0)")
    if (stop - start) / step < 0:
        raise SweepError(f"{usage} (the step goes away from stop: try {_reversed(numbers)})")
    steps = (stop - start) / step  # may be infinite (0:1e308:1e-308): compared, not converted
    if not steps < MAX_VALUES:
        raise SweepError(f"--set: more than {MAX_VALUES} values; at most {MAX_VALUES}")
    return [start + i * step for i in range(int(steps + 1e-9) + 1)]


def _reversed(numbers: list[float]) -> str:
    """The range with its step turned round, as the designer would type it."""
    step = -(numbers[2] if len(numbers) == 3 else 1.0)
    return ":".join(f"{_whole(n)}" for n in (numbers[0], numbers[1], step))


def _locate(data: dict[str, Any], path: tuple[str, ...]) -> tuple[dict[str, Any], str]:
    """The mapping holding the number and its key; a clear error for any wrong step."""
    node: object = data
    where: list[str] = []
    for i, step in enumerate(path[:-1]):
        node = _child(node, step, where, path[i + 1 :])
        where.append(step)
    name = shown(path)
    if isinstance(node, list):  # the path ends at an entry, such as rules.some_rule
        _whole_entry(path, _child(node, path[-1], where))
    if not isinstance(node, dict):
        raise SweepError(f"--set {name}: {shown(where)} is not a mapping")
    key = path[-1]
    current = node.get(key)
    if key not in node:
        hint = did_you_mean(key, [k for k, v in node.items() if _is_number(v)])
        suffix = f" ({hint})" if hint else ""
        holder = shown(where) or "the level"
        raise SweepError(f"--set {name}: {holder} has no key '{key}'{suffix}")
    if isinstance(current, dict | list):
        _whole_entry(path, current)
    if not _is_number(current):
        raise SweepError(f"--set {name}: the value there is not a number")
    return node, key


def _whole_entry(path: tuple[str, ...], entry: object) -> None:
    """SweepError for a path that names a whole entry, section or list, listing the numbers
    in it; a text or a true/false named in a list is not a number (not 'a group')."""
    name = shown(path)
    if isinstance(entry, list):
        for place, item in enumerate(entry, 1):
            keys = [k for k, v in item.items() if _is_number(v)] if isinstance(item, dict) else []
            if keys:
                ident = item.get("id")
                step = ident if isinstance(ident, str) and ident else f"#{place}"
                example = shown([*path, step, keys[0]])
                raise SweepError(
                    f"--set {name}: that names a list; name a number in one of its entries, "
                    f"by id or by place from 1, like {example}"
                )
        raise SweepError(f"--set {name}: that names a list, and none of its values is a number")
    if not isinstance(entry, dict):
        raise SweepError(f"--set {name}: the value there is not a number")
    numbers = [k for k, v in entry.items() if _is_number(v)]
    if not numbers:
        raise SweepError(f"--set {name}: that names a group of values, none of them a number")
    examples = ", ".join(f"{name}.{k}" for k in numbers[:4])
    raise SweepError(
        f"--set {name}: that names a group of values; name one of its numbers: {examples}"
    )


def _child(node: object, step: str, where: list[str], rest: tuple[str, ...] = ()) -> object:
    """The entry or value a step names (`rest`: the steps after it, for a hint's example)."""
    here = shown(where) or "the level"
    if isinstance(node, list):
        if step.startswith("#"):
            return _placed(node, step, here)
        ids = [e.get("id") for e in node if isinstance(e, dict)]
        for entry in node:
            if isinstance(entry, dict) and entry.get("id") == step:
                return entry
        named = [i for i in ids if isinstance(i, str)]
        hint = did_you_mean(step, named) or _ids_hint(step, named, where, rest)
        suffix = f" ({hint})" if hint else ""
        raise SweepError(f"--set: no entry with id '{step}' in {here}{suffix}")
    if step.startswith("#"):
        raise SweepError(f"--set: {here} is not a list; {step} counts the entries of a list")
    if isinstance(node, dict) and step in node:
        return node[step]
    keys = list(node) if isinstance(node, dict) else []
    hint = did_you_mean(step, keys) or _bracketed(node, step, where, rest)
    suffix = f" ({hint})" if hint else ""
    raise SweepError(f"--set: {here} has no '{step}'{suffix}")


def _bracketed(node: object, step: str, where: list[str], rest: tuple[str, ...]) -> str | None:
    """For `rules[0]`, as other tools write a place: how to name the entry here."""
    name, bracket, _ = step.partition("[")
    entries = node.get(name) if bracket and isinstance(node, dict) else None
    if not isinstance(entries, list):
        return None
    ids = [e["id"] for e in entries if isinstance(e, dict) and isinstance(e.get("id"), str)]
    return _by_id_or_place(ids, [*where, name], rest)


def _by_id_or_place(ids: list[str], where: list[str], rest: tuple[str, ...]) -> str:
    """How to name an entry of the list at `where`: by id when its entries have ids, else by
    its place counted from 1 after a #."""
    place = shown([*where, "#1", *rest])
    if ids:
        example = shown([*where, ids[0], *rest])
        return f"list entries are named by id, like {example}, or by place from 1, like {place}"
    return f"an entry with no id is named by its place counted from 1, like {place}"


def _placed(entries: list[object], step: str, here: str) -> object:
    """The entry `#N` names, counted from 1."""
    place = step[1:]
    count = f"{len(entries)} entr{'y' if len(entries) == 1 else 'ies'}"
    plain = place.isascii() and place.isdigit() and len(place) <= len(str(len(entries)))
    if not plain or not 1 <= int(place) <= len(entries):  # not '#²' nor 5,000 digits
        raise SweepError(
            f"--set: {here} has {count}; name one as {here}#1 to {here}#{len(entries)}"
        )
    return entries[int(place) - 1]


IDS_LISTED = 8
"""With no close id, the ids of the list are named when there are this few."""


def _ids_hint(step: str, ids: list[str], where: list[str], rest: tuple[str, ...]) -> str | None:
    """Entries go by id, not by place (tiers.0.min names no tier): the ids to pick from, or
    for a list whose entries have no id, the entry by its place counted from 1."""
    if step.isdigit():
        return _by_id_or_place(ids, where, rest)
    if 0 < len(ids) <= IDS_LISTED:
        return "the ids here: " + ", ".join(ids)
    return None


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def variant(source: str, file: str, sweep: Sweep, value: float) -> tuple[Level, str]:
    """The level with the swept number set to `value`, and its YAML text; SweepError when
    the changed level does not load (the first problem says why, as the loader says it)."""
    data = copy.deepcopy(_data(source))
    node, key = _locate(data, sweep.path)
    node[key] = value
    text = json.dumps(data, ensure_ascii=False, indent=1)  # JSON is YAML: the loader reads it
    result = load_level_text(text, file)
    if not result.ok or result.level is None:
        first = result.problems[0].message if result.problems else "it does not load"
        raise SweepError(f"--set {sweep.text}={value}: {first}", data)
    return result.level, text
