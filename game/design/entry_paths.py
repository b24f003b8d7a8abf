"""Paths in what designers read name a list's entries by id, or by place counted from 1.

The loader names a value by the keys and list positions that lead to it, counted from 0 as
Python counts (`rules.3.delta`, `debrief.cards.0.myth`). Designers count from 1 and know
their entries by id, so every path shown by `validate`, `lint` and `simulate --set` is
written the way `--set` takes one:

- an entry with an id (unique in its list) by the id: `rules.critical_down.delta`;
- any other entry by its place counted from 1, after a `#`: `debrief.cards#1.myth` is the
  first card, `rules.camera_error.sources#2` the rule's second source.

The file:line:column in front of each message points at the exact spot either way.
"""

import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from game.core.content.problems import Problem
from game.core.content.yaml_source import parse_yaml_file

_ID = re.compile(r"[a-z][a-z0-9_]*")
_DOTTED = r"(?<![\w.#/'\"-])([a-z][a-z0-9_]*+(?:\.[A-Za-z0-9_]++)++)(?!\w|\.\w)"
"""A dotted word, taken whole (possessive: a long run of `.1.1.1` that fails at its end is
given up at once, not retried at every split, which took seconds on a 16,000-character
message); a loader path is one with a number among its steps (`_numbered`)."""
_QUOTED = r"(?<![\w\\])(?:'(?:[^'\\\n]|\\.)*+'|\"(?:[^\"\\\n]|\\.)*+\")"
"""A value quoted in a message, as the loader shows one ('see rules.1 now'): the designer's
own text, never rewritten. A quote after a letter is an apostrophe, and one after a backslash
is inside a quoted value: neither opens one (every escaped quote of "'\\'\\'..." was tried as
an opening one, each read to the end: 80,000 characters took 88 s)."""
_LOADER_PATH = re.compile(_DOTTED)
_PATH_OR_QUOTED = re.compile(rf"(?P<quoted>{_QUOTED})|{_DOTTED}")
MAX_PLACE_DIGITS = 9
"""A step of more digits is no place in a list (lists hold at most 200 entries); it is left
as written (int() refuses 4,300 digits)."""


def _steps(dotted: str) -> list[str | int]:
    return [int(s) if s.isdigit() and len(s) <= MAX_PLACE_DIGITS else s for s in dotted.split(".")]


def _numbered(dotted: str) -> bool:
    """Whether a dotted word is a loader path: a number among its steps after the first."""
    return any(isinstance(step, int) for step in _steps(dotted)[1:])


def _has_loader_path(text: str) -> bool:
    return any(_numbered(m[1]) for m in _LOADER_PATH.finditer(text))


def entry_path(data: object, path: Sequence[str | int]) -> str:
    """`path` (keys and 0-based list positions from the top of the level) as designers read
    it, walking `data` (the parsed YAML, or the level's models) to find each entry's id."""
    out = ""
    node: object = data
    for step in path:
        items = node if isinstance(node, list | tuple) else None
        if items is not None and isinstance(step, int) and 0 <= step < len(items):
            node = items[step]
            ident = _id_of(node)
            unique = ident is not None and sum(_id_of(e) == ident for e in items) == 1
            out += f".{ident}" if unique else f"#{step + 1}"
        else:
            out += f".{step}" if out else str(step)
            node = _child(node, step)
    return out


def _id_of(entry: object) -> str | None:
    ident = entry.get("id") if isinstance(entry, dict) else getattr(entry, "id", None)
    return ident if isinstance(ident, str) and _ID.fullmatch(ident) else None


def _child(node: object, step: str | int) -> object:
    if isinstance(node, dict):
        return node.get(step, node.get(str(step)))
    if isinstance(node, list | tuple) or not isinstance(step, str):
        return None
    return getattr(node, step, None)


def named_in(text: str, data: object) -> str:
    """`text` with every loader path that leads into `data` written as designers read it;
    dotted words that are no such path (a URL, a number) are left as they are."""

    def rename(match: re.Match[str]) -> str:
        if match["quoted"] or not _numbered(match[2]):
            return match[0]
        steps = _steps(match[2])
        if not isinstance(data, dict) or steps[0] not in data or not _leads_into(data, steps):
            return match[0]
        return entry_path(data, steps)

    return _PATH_OR_QUOTED.sub(rename, text)


def _leads_into(data: object, steps: Sequence[str | int]) -> bool:
    """Whether every step but the last is there (the last may be the key that is missing)
    and every number steps into a list."""
    node = data
    for step in steps[:-1]:
        if isinstance(node, list | tuple):
            if not isinstance(step, int) or not 0 <= step < len(node):
                return False
            node = node[step]
        elif isinstance(node, dict) and step in node:
            node = node[step]
        else:
            return False
    return not isinstance(steps[-1], int) or isinstance(node, list | tuple)


def named_problems(problems: list[Problem], path: Path) -> list[Problem]:
    """The problems found in the level file at `path`, their paths written as designers read
    them (the file is read again only when a message holds a loader path)."""
    if not any(_has_loader_path(p.message + " " + (p.hint or "")) for p in problems):
        return problems
    parsed = parse_yaml_file(path, str(path))
    if parsed.problems:
        return problems
    return [
        replace(
            p,
            message=named_in(p.message, parsed.data),
            hint=None if p.hint is None else named_in(p.hint, parsed.data),
        )
        for p in problems
    ]
