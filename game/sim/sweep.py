"""`simulate --set PATH=VALUES`: versions of a level with one number changed, checked first.

A path names a number in the level file: `score.start`, `player.days`, or an entry of a list
by its id, then the key: `rules.critical_down.delta`, `items.diapers.price`. Values are a
comma list (`-10,-20,-40`) or a range `start:stop:step` (stop included when reached).
"""

import copy
import json
import math
from dataclasses import dataclass
from typing import Any

from game.core.content.loader import load_level_text
from game.core.content.problems import did_you_mean
from game.core.content.yaml_source import parse_yaml_text
from game.core.level import Level

MAX_VALUES = 50
"""Most values one sweep may try (each is a full simulation)."""


class SweepError(ValueError):
    """A --set the level cannot take, in the designer's words."""


@dataclass(frozen=True)
class Sweep:
    """A checked path into the level's data and the values to try."""

    path: tuple[str, ...]
    values: tuple[float, ...]

    @property
    def text(self) -> str:
        return ".".join(self.path)


def parse_sweep(text: str, source: str) -> Sweep:
    """Check `PATH=VALUES` against the level's YAML text; raise SweepError if it does not fit."""
    path_text, sep, values_text = text.partition("=")
    if not sep or not path_text or not values_text:
        raise SweepError(f"--set '{text}': write PATH=VALUES, like rules.my_rule.delta=-10,-20")
    data = _data(source)
    path = tuple(path_text.split("."))
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


def _locate(data: dict[str, Any], path: tuple[str, ...]) -> tuple[dict[str, Any], str, str]:
    """The mapping holding the number, its key, and the path as the loader names it (list
    entries by their place: rules.5.delta); a clear error for any wrong step."""
    node: object = data
    where: list[str] = []
    placed: list[str] = []
    for i, step in enumerate(path[:-1]):
        node, place = _child(node, step, where, path[i + 1 :])
        where.append(step)
        placed.append(place)
    if isinstance(node, list):  # the path ends at an entry, such as rules.some_rule
        _whole_entry(path, _child(node, path[-1], where)[0])
    if not isinstance(node, dict):
        raise SweepError(f"--set {'.'.join(path)}: {'.'.join(where)} is not a mapping")
    key = path[-1]
    current = node.get(key)
    if key not in node:
        hint = did_you_mean(key, [k for k, v in node.items() if _is_number(v)])
        suffix = f" ({hint})" if hint else ""
        holder = ".".join(where) or "the level"
        raise SweepError(f"--set {'.'.join(path)}: {holder} has no key '{key}'{suffix}")
    if isinstance(current, dict):
        _whole_entry(path, current)
    if not _is_number(current):
        raise SweepError(f"--set {'.'.join(path)}: the value there is not a number")
    return node, key, ".".join([*placed, key])


def _whole_entry(path: tuple[str, ...], entry: object) -> None:
    """SweepError for a path that names a whole entry or section, listing the numbers in it."""
    numbers = [k for k, v in entry.items() if _is_number(v)] if isinstance(entry, dict) else []
    name = ".".join(path)
    if not numbers:
        raise SweepError(f"--set {name}: that names a group of values, none of them a number")
    examples = ", ".join(f"{name}.{k}" for k in numbers[:4])
    raise SweepError(
        f"--set {name}: that names a group of values; name one of its numbers: {examples}"
    )


def _child(
    node: object, step: str, where: list[str], rest: tuple[str, ...] = ()
) -> tuple[object, str]:
    """The entry or value a step names, and the step as the loader names it (`rest`: the
    steps after it, for the example in a hint)."""
    here = ".".join(where) or "the level"
    if isinstance(node, list):
        ids = [e.get("id") for e in node if isinstance(e, dict)]
        for index, entry in enumerate(node):
            if isinstance(entry, dict) and entry.get("id") == step:
                return entry, str(index)
        named = [i for i in ids if isinstance(i, str)]
        hint = did_you_mean(step, named) or _ids_hint(step, named, [here, *rest])
        suffix = f" ({hint})" if hint else ""
        raise SweepError(f"--set: no entry with id '{step}' in {here}{suffix}")
    if isinstance(node, dict) and step in node:
        return node[step], step
    keys = list(node) if isinstance(node, dict) else []
    hint = did_you_mean(step, keys)
    suffix = f" ({hint})" if hint else ""
    raise SweepError(f"--set: {here} has no '{step}'{suffix}")


IDS_LISTED = 8
"""With no close id, the ids of the list are named when there are this few."""


def _ids_hint(step: str, ids: list[str], around: list[str]) -> str | None:
    """Entries go by id, not by place (tiers.0.min names no tier): the ids to pick from.
    `around` is the path before the step and the steps after it."""
    if step.isdigit() and ids:
        example = ".".join([around[0], ids[0], *around[1:]])
        return f"list entries are named by id, not by place: {example}"
    if 0 < len(ids) <= IDS_LISTED:
        return "the ids here: " + ", ".join(ids)
    return None


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def variant(source: str, file: str, sweep: Sweep, value: float) -> tuple[Level, str]:
    """The level with the swept number set to `value`, and its YAML text; SweepError when
    the changed level does not load (the first problem says why)."""
    data = copy.deepcopy(_data(source))
    node, key, at = _locate(data, sweep.path)
    node[key] = value
    text = json.dumps(data, ensure_ascii=False, indent=1)  # JSON is YAML: the loader reads it
    result = load_level_text(text, file)
    if not result.ok or result.level is None:
        first = result.problems[0].message if result.problems else "it does not load"
        if first.startswith(f"{at}: "):
            first = f"{'.'.join(sweep.path)}: {first.removeprefix(f'{at}: ')}"
        raise SweepError(f"--set {sweep.text}={value}: {first}")
    return result.level, text
