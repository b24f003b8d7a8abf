"""Turn pydantic validation errors into designer problems at the right line and column.

Every message is written for a designer reading a YAML file: what was expected, in words of
YAML (a whole number, a list, a mapping), never the validation library's own wording.
"""

import dataclasses
import re
import types
import typing
import unicodedata
from collections.abc import Callable
from typing import Any, get_args, get_origin

from pydantic import BaseModel, ValidationError

from game.core.content.problems import MAX_PROBLEMS, Problem, did_you_mean
from game.core.content.yaml_source import Path_, Positions
from game.core.spec.base import HINT
from game.core.spec.conditions import Condition

Loc = tuple[int | str, ...]
"""A pydantic error location: keys and list indexes from the root."""

_LIST_EXAMPLE = "write a list like [a, b], or [] for none"
_MAPPING_EXAMPLE = "write a mapping like {key: value}"
_QUOTE_TEXT = "text with ': ' in it reads as a key: quote the whole text, like \"Note: this\""


def problems_from_validation(
    exc: ValidationError, data: object, positions: Positions, file: str, root: type[BaseModel]
) -> list[Problem]:
    """One problem per pydantic error, located by walking the error's path through the data;
    past MAX_PROBLEMS errors the rest are only counted (`listed` says how many)."""
    found = []
    errors = exc.errors(include_url=False)
    misspelt = _misspelt_keys(errors, root)
    kept = [e for e in errors if not _follows(e, errors) and not _spelt_wrong(e, misspelt)]
    for error in kept[:MAX_PROBLEMS]:
        path = _data_path(error["loc"], data)
        kind = error["type"]
        line, col = positions.of(_pointed_at(kind, path, data), key=_at_key(kind, path, data))
        message, hint = describe(error, path, root)
        found.append((Problem(file, line, col, message, hint), path[:-1]))
    return _hints_once(found)


def _hints_once(found: list[tuple[Problem, Path_]]) -> list[Problem]:
    """In file order, a hint already given for the same mapping is left off the later lines:
    keys missing from one entry share one list of what it requires."""
    given: set[tuple[Path_, str]] = set()
    problems = []
    for problem, mapping in sorted(found, key=lambda f: (f[0].line, f[0].column, f[0].message)):
        if problem.hint is not None and (mapping, problem.hint) in given:
            problem = dataclasses.replace(problem, hint=None)
        elif problem.hint is not None:
            given.add((mapping, problem.hint))
        problems.append(problem)
    return problems


def _misspelt_keys(errors: list[Any], root: type[BaseModel]) -> set[tuple[object, ...]]:
    """The keys an unknown key is a slip for, with their mapping's place: 'reson' for reason."""
    found = set()
    for error in errors:
        if error["type"] == "extra_forbidden":
            parent, name = tuple(error["loc"][:-1]), str(error["loc"][-1])
            allowed = _fields_at(root, error["loc"][:-1])
            hint = did_you_mean(name, allowed) or _plural(name, allowed)
            if hint is not None:
                found.add((*parent, hint.split("'")[1]))
    return found


def _spelt_wrong(error: Any, misspelt: set[tuple[object, ...]]) -> bool:
    """A required key missing only because it is misspelt: the unknown key's 'did you mean'
    says all, and a second line blaming the start of the entry sent the designer looking
    for a key that is there."""
    return error["type"] == "missing" and tuple(error["loc"]) in misspelt


def _follows(error: Any, errors: list[Any]) -> bool:
    """A list too short only because an entry failed (`- ` with nothing after it): the
    entry's own error says what to fix, and 'has 0' would be false."""
    loc = error["loc"]
    return error["type"] == "too_short" and any(
        len(e["loc"]) > len(loc) and e["loc"][: len(loc)] == loc for e in errors
    )


def _pointed_at(kind: str, path: Path_, data: object) -> Path_:
    """Where the caret goes: an unknown kind at the kind itself, not at the start of its rule."""
    if kind == "union_tag_invalid" and _is_mapping(data, path):
        return (*path, "kind")
    return path


def _at_key(kind: str, path: Path_, data: object) -> bool:
    return kind == "extra_forbidden" or (kind != "union_tag_invalid" and _is_mapping(data, path))


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


def _data_path(loc: Loc, data: object) -> Path_:
    """Keep only the loc steps that exist in the data (drops union tags and validator names).

    A rule's kind appears in the loc as a step of its own; it is dropped even when the rule
    also has a key of that name (`when: {action: ...}` in a rule of kind `action`)."""
    path: list[str | int] = []
    node = data
    last = len(loc) - 1
    for i, step in enumerate(loc):
        if i < last and isinstance(node, dict) and node.get("kind") == step:
            continue  # the union tag, not a key
        if (isinstance(node, dict) and step in node) or (
            isinstance(node, list) and isinstance(step, int) and 0 <= step < len(node)
        ):
            node = node[step]  # type: ignore[index]  # a str step only ever indexes a dict
        elif isinstance(node, dict) and isinstance(step, str) and i == last:
            path.append(step)  # a missing or unknown key: point at its mapping or the key itself
            break
        else:
            continue
        path.append(step)
    return tuple(path)


def where(path: Path_) -> str:
    """A YAML path as designers read it: rules.0.when.ids."""
    return ".".join(str(p) for p in path) or "the top level"


def shown(value: object) -> str:
    """A value as the designer wrote it in YAML, short."""
    if value is None:
        return "nothing (an empty value)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, str):
        return repr(value if len(value) <= 40 else value[:37] + "...")
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return "this value"


_EXPECTED = {
    "int_type": "a whole number",
    "int_parsing": "a whole number",
    "int_from_float": "a whole number",
    "float_type": "a number",
    "float_parsing": "a number",
    "bool_type": "true or false",
    "bool_parsing": "true or false",
    "string_type": "text",
    "tuple_type": "a list",
    "list_type": "a list",
    "set_type": "a list",
    "iterable_type": "a list",
    "dict_type": "a mapping",
    "mapping_type": "a mapping",
    "model_type": "a mapping",
    "model_attributes_type": "a mapping",
    "none_required": "nothing",
}


def describe(error: Any, path: Path_, root: type[BaseModel]) -> tuple[str, str | None]:
    """The message and hint for one validation error, in the designer's words."""
    kind = error["type"]
    special = _SPECIAL.get(kind)
    if special is not None:
        return special(error, path, root)
    got = error.get("input")
    if kind in _EXPECTED:
        expected = _EXPECTED[kind]
        written = str(got) if kind == "int_type" and isinstance(got, float) else shown(got)
        return f"{where(path)}: expected {expected}, not {written}", _type_hint(
            kind, got, error, root
        )
    bound = _bound_message(kind, error.get("ctx", {}), got)
    if bound:
        return f"{where(path)}: {bound}", None
    return f"{where(path)}: {shown(got)} does not fit here", _fallback_hint(error, root)


def _type_hint(kind: str, got: object, error: Any, root: type[BaseModel]) -> str | None:
    if isinstance(got, bool) and kind == "string_type":
        return "YAML reads yes/no/on/off as true/false; quote it"
    if got is None:
        return "write a value here, or remove the line"
    if kind == "int_from_float":
        return "leave out the decimals"
    if kind in {"tuple_type", "list_type", "set_type", "iterable_type"}:
        if isinstance(got, str) and got.startswith("-") and not got.startswith("- "):
            return "a list entry starts with '- ', a dash and a space: - like this"
        return _LIST_EXAMPLE
    if kind in {"model_type", "model_attributes_type", "dict_type", "mapping_type"}:
        required = _required_keys(root, error["loc"])
        if required:
            return "write a mapping like {" + ", ".join(f"{k}: ..." for k in required) + "}"
        return _MAPPING_EXAMPLE
    if kind == "string_type" and isinstance(got, int | float):
        return "quote it to make it text"
    if kind == "float_type" and isinstance(got, str) and _exponent_without_dot(got):
        return (
            "YAML reads a number with an 'e' but no dot as text: write it in full, or like 1.5e+3"
        )
    if kind == "int_type" and isinstance(got, float) and got.is_integer():
        return "leave out the decimals"
    if kind in {"int_type", "int_parsing"} and isinstance(got, str):
        grouped = _thousands(got)
        if grouped is not None:
            return f"write {grouped}, with no commas or spaces between the digits"
    return _PLAIN_HINTS.get(_EXPECTED[kind])


def _thousands(text: str) -> str | None:
    """A whole number written with thousands separators ('1,200', '1 200'), as plain digits."""
    if re.fullmatch(r"-?\d{1,3}([, ]\d{3})+", text.strip()):
        return re.sub(r"[, ]", "", text.strip())
    return None


def _exponent_without_dot(text: str) -> bool:
    """Whether text is a number like 1e-3, which YAML 1.1 reads as text (it wants a dot)."""
    try:
        float(text)
    except ValueError:
        return False
    return "e" in text.lower() and "." not in text


_PLAIN_HINTS = {
    "a whole number": "write digits only, like 120: no quotes, units or decimals",
    "a number": "write a plain number, like 0.2 or 3: no quotes, units or percent signs",
    "true or false": "write true or false",
}


def _bound_message(kind: str, ctx: dict[str, Any], got: object) -> str | None:
    """Numbers and lengths outside their allowed range."""
    if kind == "greater_than_equal":
        return f"must be at least {shown(ctx.get('ge'))}, not {shown(got)}"
    if kind == "greater_than":
        return f"must be more than {shown(ctx.get('gt'))}, not {shown(got)}"
    if kind == "less_than_equal":
        return f"must be at most {shown(ctx.get('le'))}, not {shown(got)}"
    if kind == "less_than":
        return f"must be less than {shown(ctx.get('lt'))}, not {shown(got)}"
    if kind == "string_too_short":
        least = ctx.get("min_length", 1)
        return "must not be empty" if least == 1 else f"needs at least {least} characters"
    if kind == "string_too_long":
        length = len(got) if isinstance(got, str) else "too many"
        return f"is {length} characters long; at most {ctx.get('max_length')} allowed"
    if kind == "too_short":
        least = ctx.get("min_length", 1)
        return f"needs at least {_entries(least)}, has {ctx.get('actual_length', 0)}"
    if kind == "too_long":
        return f"has {_entries(ctx.get('actual_length', 0))}; at most {ctx.get('max_length')}"
    if kind == "finite_number":
        return "must be an ordinary number (not .inf or .nan)"
    if kind == "int_parsing_size":
        return f"{shown(got)} is too large"
    return None


def _entries(count: object) -> str:
    return f"{count} entry" if count == 1 else f"{count} entries"


def _fallback_hint(error: Any, root: type[BaseModel]) -> str | None:
    names = _fields_at(root, error["loc"][:-1])
    return f"see the keys allowed here: {', '.join(names)}" if names else None


def _extra(error: Any, path: Path_, root: type[BaseModel]) -> tuple[str, str | None]:
    name = str(error["loc"][-1])
    allowed = _fields_at(root, error["loc"][:-1])
    hint = (
        _players_own(error, name)
        or did_you_mean(name, allowed)
        or _plural(name, allowed)
        or _part_of(name, allowed)
    )
    if hint is None and " " in name.strip():  # keys are single words: this is cut-off text
        hint = (
            "inside {...} a ',' ends the text before it: quote text with commas, like \"a, b\""
            if error.get("input") is None
            else _QUOTE_TEXT
        )
    hint = _with_invisible(name, hint or _listed("keys allowed here", allowed))
    return f"unknown key {shown(name)} in {where(path[:-1])}", hint


def _players_own(error: Any, name: str) -> str | None:
    """A test of the player's own state written under a rule's `when`, which only says what
    the action is and whom it is about: it belongs in the rule's `if`. 'Did you mean
    target_score_below' alone sent the designer to the other person's score."""
    if "when" not in error["loc"][:-1] or name not in Condition.model_fields:
        return None
    value = error.get("input")
    shown_value = value if isinstance(value, int | str) and len(str(value)) < 40 else "..."
    return (
        f"the player's own state goes in the rule's if, as `if: {{{name}: {shown_value}}}`; "
        "under when, target_score_below and target_score_above test the score of the person "
        "the action is about"
    )


def _with_invisible(text: object, hint: str | None, *, rule: bool = True) -> str | None:
    """A hint that also names the hidden character a key or id holds: an invisible one (a
    no-break space pasted from a web page, a zero-width space) or a letter of another
    alphabet that looks Latin (a Cyrillic o, U+043E). The word looks right, and the designer
    cannot see why it is refused."""
    if not isinstance(text, str) or (text.isascii() and text.isprintable()):
        return hint
    odd = next(c for c in text if not c.isprintable() or not c.isascii())
    name = unicodedata.name(odd, "a control character").lower()
    if odd.isprintable():
        note = f"it holds '{odd}' (U+{ord(odd):04X}, {name})"
        note += "; keys and ids use a-z, 0-9 and _" if rule else ""
    else:
        note = f"it holds an invisible character (U+{ord(odd):04X}, {name}): delete and retype it"
    if hint and hint.endswith("?"):
        return f"{hint} {note[0].upper()}{note[1:]}"
    return f"{hint}; {note}" if hint else note


def _plural(name: str, allowed: list[str]) -> str | None:
    """A short key written in the singular or the plural: 'tag' for tags, 'id' for ids.
    'Did you mean' leaves short words that start a longer one alone (an id 'jun' is not a
    slip for 'june'), but a key is one of a few fixed words."""
    for other in (f"{name}s", name.removesuffix("s")):
        if other != name and other in allowed:
            return f"did you mean '{other}'?"
    return None


def _part_of(name: str, allowed: list[str]) -> str | None:
    """Keys that are the word with a prefix or suffix: 'friend' -> is_friend, not_friend."""
    found = [k for k in allowed if k.endswith(f"_{name}") or k.startswith(f"{name}_")][:3]
    return "did you mean " + " or ".join(f"'{k}'" for k in found) + "?" if found else None


def _missing(error: Any, path: Path_, root: type[BaseModel]) -> tuple[str, str | None]:
    required = _required_keys(root, error["loc"][:-1])
    hint = _listed("required here", required) if len(required) > 1 else None
    return f"missing required key '{error['loc'][-1]}' in {where(path[:-1])}", hint


_LISTED_KEYS = 20
"""The most keys a hint lists (a character has 18)."""


def _listed(what: str, keys: list[str]) -> str | None:
    """A short list of keys for a hint; long ones are left to the reference."""
    if not keys:
        return None
    if len(keys) > _LISTED_KEYS:
        return f"{what}: {', '.join(keys[:_LISTED_KEYS])}... (see docs/levels.md)"
    return f"{what}: {', '.join(keys)}"


def _choice(error: Any, path: Path_, root: type[BaseModel]) -> tuple[str, str | None]:
    expected = re.findall(r"'([^']*)'", str(error.get("ctx", {}).get("expected", "")))
    got = error.get("input")
    hint = did_you_mean(got, expected) or (f"one of: {', '.join(expected)}" if expected else None)
    return f"{where(path)}: {shown(got)} is not allowed", hint


def _bad_kind(error: Any, path: Path_, root: type[BaseModel]) -> tuple[str, str | None]:
    expected = re.findall(r"'([^']*)'", str(error.get("ctx", {}).get("expected_tags", "")))
    got = error.get("ctx", {}).get("tag")
    hint = did_you_mean(got, expected) or f"kind is one of: {', '.join(expected)}"
    if not isinstance(error.get("input", {}).get("kind"), str):
        return f"{where(path)}: kind must be a word", hint
    return f"{where(path)}: unknown kind '{got}'", hint


def _no_kind(error: Any, path: Path_, root: type[BaseModel]) -> tuple[str, str | None]:
    got = error.get("input")
    if not isinstance(got, dict):
        return f"{where(path)}: expected a mapping, not {shown(got)}", "write {id: ..., kind: ...}"
    kinds = _union_kinds(root, error["loc"])
    return f"missing required key 'kind' in {where(path)}", (
        f"kind is one of: {', '.join(kinds)}" if kinds else None
    )


def _pattern(error: Any, path: Path_, root: type[BaseModel]) -> tuple[str, str | None]:
    pattern = str(error.get("ctx", {}).get("pattern", ""))
    got = shown(error.get("input"))
    if pattern.startswith("^http"):
        return (
            f"{where(path)}: {got} is not a URL",
            "sources are full URLs starting with http:// or https://",
        )
    return f"{where(path)}: {got} is not a valid id", _with_invisible(
        error.get("input"),
        "ids use lower case letters, digits and underscores, starting with a letter",
        rule=False,
    )


def _own(error: Any, path: Path_, root: type[BaseModel]) -> tuple[str, str | None]:
    """Messages our own model validators wrote (already in the designer's words)."""
    text = str(error.get("ctx", {}).get("error", "")) or "this value does not fit here"
    message, _, hint = text.partition(HINT)
    return f"{where(path)}: {message}" if path else message, hint or None


Describer = Callable[[Any, Path_, type[BaseModel]], tuple[str, str | None]]
_SPECIAL: dict[str, Describer] = {
    "extra_forbidden": _extra,
    "missing": _missing,
    "enum": _choice,
    "literal_error": _choice,
    "union_tag_invalid": _bad_kind,
    "union_tag_not_found": _no_kind,
    "string_pattern_mismatch": _pattern,
    "value_error": _own,
    "assertion_error": _own,
}


def _required_keys(model: type[BaseModel], loc: Loc) -> list[str]:
    """The keys a designer must write for the mapping at `loc`."""
    current = _model_at(model, loc)
    if current is None:
        return []
    return [f.alias or n for n, f in current.model_fields.items() if f.is_required()]


def _union_kinds(model: type[BaseModel], loc: Loc) -> list[str]:
    """The `kind` values a tagged list entry (a rule) may take."""
    current: Any = model
    for step in loc:
        current = _step(current, step)
        if current is None:
            return []
    while get_origin(current) is typing.Annotated:
        current = get_args(current)[0]
    return [k for arg in get_args(current) for k in _kind_values(arg)]


def _kind_values(arg: object) -> tuple[str, ...]:
    fields = getattr(arg, "model_fields", None)
    kind = fields.get("kind") if fields else None
    return tuple(str(v) for v in get_args(kind.annotation)) if kind is not None else ()


def _model_at(model: type[BaseModel], loc: Loc) -> type[BaseModel] | None:
    current: Any = model
    for step in loc:
        current = _step(current, step)
        if current is None:
            return None
    current = _unwrap_model(current)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return current
    return None


def _fields_at(model: type[BaseModel], loc: Loc) -> list[str]:
    """The keys allowed at a location, for 'did you mean' hints."""
    current = _model_at(model, loc)
    return [f.alias or n for n, f in current.model_fields.items()] if current else []


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
    if origin is dict:
        return get_args(current)[1]
    if origin in (typing.Union, types.UnionType):
        for arg in get_args(current):
            if step in _kind_values(arg):
                return arg
        return current
    return None
