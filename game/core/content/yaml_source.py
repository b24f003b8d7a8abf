"""Safe YAML parsing that remembers where every key and value came from.

Only plain data is built: mappings, sequences and the standard scalar types. Python and
other unknown tags, duplicate keys, alias bombs and oversized files are reported as
problems, never executed or expanded without bound.
"""

import gc
import re
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from game.core.content.problems import Problem, undecodable
from game.core.content.yaml_wording import (
    comment_in_brackets,
    plain_key_error,
    plain_syntax_error,
)

MAX_BYTES = 512 * 1024
MAX_ALIASES = 64
MAX_NODES = 50_000
"""Values (scalars, lists, mappings) in a file, written or expanded from aliases; the largest
shipped level has under 2,000, and this many take about half a second to read."""
MAX_DEPTH = 40
"""Mappings and lists nested deeper than this are refused (levels need about 8)."""
MAX_NUMBER_CHARS = 40
"""Longer numbers are refused before Python converts them (ints over 4300 digits raise)."""

Path_ = tuple[str | int, ...]

_STANDARD_SCALARS = {
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:timestamp",
}
_NUMBERS = {"tag:yaml.org,2002:int", "tag:yaml.org,2002:float"}
_VALUE = "tag:yaml.org,2002:value"
"""What PyYAML resolves a plain `=` to: a YAML 1.1 relic, read here as the text it looks like."""
_OCTAL = re.compile(r"[-+]?0[0-7_]*[0-7][0-7_]*")
"""YAML 1.1 reads an integer with a leading zero in base 8: `price: 050` is 40."""
_BASE_60 = re.compile(r"[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?")
"""YAML 1.1 reads digits joined by colons in base 60: `minutes: 1:30` is 90."""
_MAP = "tag:yaml.org,2002:map"
_STR = "tag:yaml.org,2002:str"
_SEQ = "tag:yaml.org,2002:seq"
_SCALAR = yaml.ScalarNode


@dataclass
class Positions:
    """1-based (line, column) of each value and each mapping key, by path from the root."""

    values: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    keys: dict[Path_, tuple[int, int]] = field(default_factory=dict)

    def of(self, path: Path_, *, key: bool = False) -> tuple[int, int]:
        """The nearest known position for a path (walks up to a parent when needed)."""
        table = self.keys if key else self.values
        for cut in range(len(path), -1, -1):
            found = table.get(path[:cut]) or self.values.get(path[:cut])
            if found:
                return found
        return (1, 1)


@dataclass
class Parsed:
    """The plain data of a YAML file, its positions, and what was wrong with it."""

    data: object = None
    text: str = ""
    positions: Positions = field(default_factory=Positions)
    problems: list[Problem] = field(default_factory=list)


_FAST_LOADER = getattr(yaml, "CSafeLoader", None)
"""LibYAML's safe loader when installed: the same nodes and marks, several times faster."""


class _Refused(yaml.MarkedYAMLError):
    """A limit of ours, met before anything was built: reported as refused, not as a typo."""


def _too_many_aliases(mark: Any) -> yaml.MarkedYAMLError:
    return _Refused(problem=f"more than {MAX_ALIASES} aliases (alias bomb?)", problem_mark=mark)


def _too_many_values(mark: Any) -> yaml.MarkedYAMLError:
    return _Refused(problem=f"more than {MAX_NODES} values", problem_mark=mark)


def _too_deep(mark: Any) -> yaml.MarkedYAMLError:
    return _Refused(problem=f"nested more than {MAX_DEPTH} levels deep", problem_mark=mark)


def _loader_class() -> type:
    """LibYAML's safe loader when installed (same nodes and marks, faster), else PyYAML's."""
    found: type = _FAST_LOADER or yaml.SafeLoader
    return found


def _make_loader(text: str) -> yaml.SafeLoader:
    """A loader, after a cheap event pass that enforces the alias and depth limits.

    Composing and building recurse once per level of nesting, so depth is checked on the
    flat event stream first: no deep or bomb-like file ever reaches a recursive step.
    """
    loader_class = _loader_class()
    aliases = depth = values = 0
    for event in yaml.parse(text, Loader=loader_class):
        if isinstance(event, yaml.ScalarEvent):
            values += 1
        elif isinstance(event, yaml.AliasEvent):
            aliases += 1
            if aliases > MAX_ALIASES:
                raise _too_many_aliases(event.start_mark)
        elif isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            values += 1
            if depth > MAX_DEPTH:
                raise _too_deep(event.start_mark)
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
        if values > MAX_NODES:  # written out already, before any alias is expanded
            raise _too_many_values(event.start_mark)
    loader: yaml.SafeLoader = loader_class(text)
    return loader


def _row(text: str, line: int) -> str:
    """The text of a 1-based line ('' past the end)."""
    lines = text.split("\n")
    return lines[line - 1] if 0 < line <= len(lines) else ""


def _character_at(text: str, line: int, col: int) -> str:
    """The character at a 1-based line and column ('' past the end)."""
    row = _row(text, line)
    return row[col - 1] if 0 < col <= len(row) else ""


def _compose(text: str) -> yaml.Node | None:
    loader = _make_loader(text)
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()


def _pos(node: yaml.Node) -> tuple[int, int]:
    return (node.start_mark.line + 1, node.start_mark.column + 1)


_HIDDEN_LINE_BREAKS = re.compile("[\x85\u2028\u2029]|\r(?!\n)")
"""Characters YAML takes for a line end and editors do not (NEL, line and paragraph
separators, a CR alone): past one, every line YAML names is off by one, and a comment
holding one ends there, its rest read as a key."""


def _hidden_line_break(text: str, file: str) -> Problem | None:
    if text.isascii() and "\r" not in text:  # the usual file, told at once
        return None
    found = _HIDDEN_LINE_BREAKS.search(text)
    return None if found is None else _control_character(text, file, found.start())


def _unacceptable_character(text: str, file: str, exc: yaml.reader.ReaderError) -> Problem:
    """Where the first character YAML refuses is, in characters (LibYAML reports bytes)."""
    found = yaml.reader.Reader.NON_PRINTABLE.search(text)
    return _control_character(text, file, found.start() if found else 0, exc.character)


def _control_character(text: str, file: str, at: int, code: int | None = None) -> Problem:
    """The problem for the control character at index `at`, placed by line ends (LF)."""
    line = text.count("\n", 0, at) + 1
    col = at - (text.rfind("\n", 0, at) + 1) + 1
    code = ord(text[at]) if at < len(text) else code
    message = f"an invisible control character (U+{code:04X}) that a level may not hold"
    hint = "delete it and retype the text around it: an editor may show it as a box, or not at all"
    return Problem(file, line, col, message, hint)


def _quote_ended_early(text: str, line: int, col: int) -> tuple[int, int, str, str] | None:
    """When the parser stops just after a closing quote: an apostrophe that closed a
    '...' text early on its own line (`'Ana's shift'`), or a quote left open on an earlier
    line and closed only here (the parser blamed the line where it closed, and called it
    an indentation slip)."""
    row = _row(text, line)
    if col < 2 or col - 2 >= len(row) or row[col - 2] not in "'\"":
        return None
    quote = row[col - 2]
    start = None
    try:
        for token in yaml.scan(text, Loader=yaml.SafeLoader):
            if token.end_mark.line + 1 > line:
                break
            if (
                isinstance(token, yaml.ScalarToken)
                and token.style == quote
                and (token.end_mark.line + 1, token.end_mark.column) == (line, col - 1)
            ):
                start = token.start_mark
                break
    except yaml.YAMLError:
        return None
    if start is None:
        return None
    inside = (
        "write '' for each ' inside '...'" if quote == "'" else 'write \\" for each " inside "..."'
    )
    if start.line + 1 == line:
        return (
            line,
            col - 1,
            f"YAML syntax error: this {quote} ends the quoted text, and more text follows it",
            f"{inside}, or quote the text with the other kind of quote",
        )
    return (
        start.line + 1,
        start.column + 1,
        f"YAML syntax error: the {quote} opened here is not closed on its line "
        f"(the next {quote} is on line {line})",
        f"close the quote on the line it opens; {inside}",
    )


def _glued_key_above(text: str, line: int) -> tuple[int, int, str, str] | None:
    """A key with no space after its ':' (`name:Ana`) on the line above reads as plain text
    that runs on into this line, and the parser blames this line's ':'."""
    for above in range(line - 1, 0, -1):
        row = _row(text, above)
        if not row.strip() or row.lstrip().startswith("#"):
            continue
        column, message, hint = plain_key_error(row)
        if "no space after" not in message:
            return None
        return above, column + 1, message, hint
    return None


def _open_quote(text: str, line: int, col: int) -> int | None:
    """The column of a quote opened on this line after `col` and not closed on it, if any: in
    a '{...}' or '[...]' such a quote swallows the closing bracket, and the parser then
    blames the bracket."""
    lines = text.split("\n")
    row = lines[line - 1] if 0 < line <= len(lines) else ""
    quote, start, k = "", 0, col - 1
    while k < len(row):
        c = row[k]
        if not quote and c in "\"'" and (k == 0 or row[k - 1] in " \t[{,:"):
            quote, start = c, k
        elif quote == '"' and c == "\\":
            k += 1  # an escaped character
        elif quote == "'" and c == "'" and row[k + 1 : k + 2] == "'":
            k += 1  # '' is one quote inside '...'
        elif c == quote:
            quote = ""
        k += 1
    return start + 1 if quote else None


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The cycle collector off while a file's nodes and data are made: tens of thousands of
    new objects, none of them garbage, would otherwise start it over and over, each time
    walking every object the program holds (a third of reading a large file). It is turned
    back on after, if it was on."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


_GONE = (
    "cannot read file: there is no file of this name any more",
    "it was deleted, moved or renamed: save it again under this name",
)
"""A watched level file gone between two looks (`play --watch`)."""


def _tag_refused(tag: str) -> tuple[str, str]:
    """A YAML tag refused, as the file writes it: '!!python/object:os.system', not the
    'tag:yaml.org,2002:python/object:os.system' YAML expands it to."""
    written = "!!" + tag.removeprefix(_YAML_TAGS) if tag.startswith(_YAML_TAGS) else tag
    return (
        f"tag '{written}' is not allowed in level files",
        "remove the tag: a level holds only text, numbers, true/false, lists and mappings",
    )


_YAML_TAGS = "tag:yaml.org,2002:"


def _limit_hint(message: str) -> str | None:
    """What to look for when a limit refuses the file."""
    if "nested" in message:
        return (
            "a level needs a few levels of lists and mappings, never 40: "
            "look for data pasted from elsewhere"
        )
    if "aliases" in message:
        return "each alias (*name) copies everything under its anchor (&name): use fewer"
    if "values" in message:
        return (
            "a level holds a few thousand values: look for a list pasted from elsewhere; "
            "docs/reliability.md lists the limits"
        )
    return None


def parse_yaml_text(text: str, file: str) -> Parsed:
    """Parse YAML text into plain data with positions; every failure becomes a problem."""
    with _collector_paused():
        return _parse(text, file)


def _parse(text: str, file: str) -> Parsed:
    parsed = Parsed(text=text)
    hidden = _hidden_line_break(text, file)
    if hidden is not None:
        parsed.problems.append(hidden)
        return parsed
    try:
        node = _compose(text)
    except yaml.reader.ReaderError as exc:  # control characters are refused up front
        parsed.problems.append(_unacceptable_character(text, file, exc))
        return parsed
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        if "nesting depth" in str(exc.problem):  # LibYAML's own limit, met while scanning
            exc.problem = _too_deep(mark).problem
        if isinstance(exc, _Refused) or any(w in str(exc.problem) for w in ("alias", "nested")):
            refused = f"YAML refused: {exc.problem}"
            parsed.problems.append(Problem(file, line, col, refused, _limit_hint(refused)))
        else:
            at = _character_at(text, line, col)
            message, hint = plain_syntax_error(str(exc.problem or exc), str(exc.context), at)
            opened = exc.context_mark if "flow" in str(exc.context) else None
            if opened is not None:  # an unclosed '{' or '[': say where it was opened
                line, col = opened.line + 1, opened.column + 1
                quote = _open_quote(text, line, col)
                if quote is not None:
                    col = quote
                    message, hint = plain_syntax_error("end of stream", "quoted scalar", "")
                elif comment_in_brackets(_row(text, line), col - 1):
                    hint = (
                        "' #' starts a comment that hides the rest of the line: quote text with #"
                    )
            elif (early := _quote_ended_early(text, line, col)) is not None:
                line, col, message, hint = early
            elif (
                "mapping values are not allowed" in str(exc.problem)
                and (glued := _glued_key_above(text, line)) is not None
            ):
                line, col, message, hint = glued
            elif "simple key" in str(exc.context) and exc.context_mark is not None:
                line = exc.context_mark.line + 1  # the line that lacks its ':', not the next
                slip, message, hint = plain_key_error(_row(text, line))
                col = slip + 1
            parsed.problems.append(Problem(file, line, col, message, hint))
        return parsed
    except yaml.YAMLError as exc:
        parsed.problems.append(Problem(file, 1, 1, f"YAML refused: {exc}"))
        return parsed
    if node is None:
        said = "the file is empty" if not text.strip() else "the file has only comments"
        parsed.problems.append(Problem(file, 1, 1, said, "start with 'format: 1'"))
        return parsed
    builder = _Builder(yaml.constructor.SafeConstructor(), file, parsed)
    parsed.data = builder.build(node, ())
    return parsed


def parse_yaml_file(path: Path, display: str | None = None) -> Parsed:
    """Read and parse a file, refusing oversized or undecodable ones with a problem."""
    name = display or str(path)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            return Parsed(problems=[Problem(name, 1, 1, "not a regular file")])
        with path.open("rb") as handle:  # never more than the limit, even if the file grows
            raw = handle.read(MAX_BYTES + 1)
        size = max(info.st_size, len(raw))
        if size > MAX_BYTES:
            limit = MAX_BYTES // 1024
            return Parsed(
                problems=[
                    Problem(
                        name,
                        1,
                        1,
                        f"file is {size} bytes; limit {limit} KiB",
                        "a level is a few pages of text: look for data or a picture pasted "
                        "into it; docs/reliability.md lists the limits",
                    )
                ]
            )
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return Parsed(problems=[Problem(name, *undecodable(raw, exc))])
    except FileNotFoundError:
        return Parsed(problems=[Problem(name, 1, 1, *_GONE)])
    except OSError as exc:
        return Parsed(problems=[Problem(name, 1, 1, f"cannot read file: {exc.strerror}")])
    parsed = parse_yaml_text(text, name)
    parsed.text = text
    return parsed


class _Builder:
    """Turns composed nodes into dicts, lists and scalars, recording positions."""

    def __init__(
        self, constructor: yaml.constructor.SafeConstructor, file: str, parsed: Parsed
    ) -> None:
        self.constructor = constructor
        self.file = file
        self.parsed = parsed
        self.nodes = 0
        self.open: set[int] = set()
        """Ids of the collection nodes being built, to catch an alias inside its own anchor."""

    def problem(self, node: yaml.Node, message: str, hint: str | None = None) -> None:
        line, col = _pos(node)
        self.parsed.problems.append(Problem(self.file, line, col, message, hint))

    def build(self, node: yaml.Node, path: Path_) -> object:
        self.nodes += 1
        if self.nodes > MAX_NODES:
            if self.nodes == MAX_NODES + 1:
                self.problem(
                    node,
                    f"YAML refused: more than {MAX_NODES} values after expanding aliases",
                    _limit_hint("aliases"),
                )
            return None
        mark = node.start_mark
        self.parsed.positions.values[path] = (mark.line + 1, mark.column + 1)
        if isinstance(node, yaml.ScalarNode):
            return self._scalar(node)
        if id(node) in self.open:
            self.problem(node, "an alias refers to the list or mapping that contains it")
            return None
        self.open.add(id(node))
        try:
            if isinstance(node, yaml.MappingNode):
                return self._mapping(node, path)
            if node.tag != _SEQ:
                self.problem(node, *_tag_refused(node.tag))
                return None
            return self._sequence(node, path)
        finally:
            self.open.discard(id(node))

    def _text(self, node: yaml.Node, path: Path_) -> str | None:
        """A plain string value built at once: what `build` makes of it, without its steps
        (most values of a file are words); None for any other node, or past the limit."""
        if node.__class__ is not _SCALAR or node.tag != _STR or self.nodes >= MAX_NODES:
            return None
        self.nodes += 1
        mark = node.start_mark
        self.parsed.positions.values[path] = (mark.line + 1, mark.column + 1)
        value: str = node.value
        return value

    def _sequence(self, node: yaml.Node, path: Path_) -> list[object]:
        result: list[object] = []
        for i, child in enumerate(node.value):
            where = (*path, i)
            text = self._text(child, where)
            result.append(self.build(child, where) if text is None else text)
        return result

    def _mapping(self, node: yaml.MappingNode, path: Path_) -> dict[Any, Any] | None:
        if node.tag != _MAP:
            self.problem(node, *_tag_refused(node.tag))
            return None
        result: dict[Any, Any] = {}
        keys = self.parsed.positions.keys
        for key_node, value_node in node.value:
            if key_node.__class__ is _SCALAR and key_node.tag == _STR:
                key = key_node.value  # a plain word, the usual key
            else:
                key = self._key(key_node)
                if key is None:
                    continue
            if key in result:
                hint = "each key may appear once"
                if path and isinstance(path[-1], int):
                    hint += "; if it starts a new list entry, write '- ' before it"
                self.problem(key_node, f"duplicate key '{key}'", hint)
                continue
            where = (*path, key)
            mark = key_node.start_mark
            keys[where] = (mark.line + 1, mark.column + 1)
            text = self._text(value_node, where)
            result[key] = self.build(value_node, where) if text is None else text
        return result

    def _key(self, key_node: yaml.Node) -> str | None:
        """A key that is not a plain word: a number or yes/no as its text; None (reported)
        for a merge key, a list, a mapping or any other value."""
        if key_node.tag == "tag:yaml.org,2002:merge":
            self.problem(key_node, "merge keys ('<<') are not supported", "write keys out")
            return None
        key = self._scalar(key_node) if isinstance(key_node, yaml.ScalarNode) else None
        if not isinstance(key, str | int | bool) or key is None:
            self.problem(key_node, "mapping keys must be plain words")
            return None
        return str(key) if not isinstance(key, str) else key

    def _misread_number(self, node: yaml.ScalarNode) -> bool:
        """Report a number YAML 1.1 reads in another base than the one it seems written in
        (`050` is 40, `1:30` is 90): silently taking it changes prices and days."""
        text = node.value
        octal, base_60 = _OCTAL.fullmatch(text), _BASE_60.fullmatch(text)
        if not (octal or base_60):
            return False
        read = self._constructed(node)
        if octal and read != int(text.replace("_", "")):
            sign = "-" if text.startswith("-") else ""
            self.problem(
                node,
                f"YAML reads '{text}' as a number in base 8 ({read})",
                f"write {sign}{text.lstrip('+-0_')} without the leading zero,"
                " or quote it if it is text",
            )
            return True
        if base_60:
            self.problem(
                node,
                f"YAML reads '{text}' as a number in base 60 ({read})",
                "write the number without colons; quote it if it is text, like a time",
            )
            return True
        return False

    def _constructed(self, node: yaml.ScalarNode) -> object:
        """The value YAML builds for a number, for the message ("?" if it cannot)."""
        try:
            return self.constructor.construct_object(node, deep=True)
        except (ValueError, IndexError, KeyError, TypeError, yaml.YAMLError):
            return "?"

    def _scalar(self, node: yaml.ScalarNode) -> object:
        if node.tag in (_STR, _VALUE):  # a string, as PyYAML's safe constructor would build it
            return node.value
        if node.tag not in _STANDARD_SCALARS:
            self.problem(node, *_tag_refused(node.tag))
            return None
        if node.tag == "tag:yaml.org,2002:timestamp":
            return node.value
        if node.tag in _NUMBERS and len(node.value) > MAX_NUMBER_CHARS:
            self.problem(node, f"a number longer than {MAX_NUMBER_CHARS} characters")
            return None
        if node.tag in _NUMBERS and self._misread_number(node):
            return None
        try:
            return self.constructor.construct_object(node, deep=True)
        except (ValueError, IndexError, KeyError, TypeError, yaml.YAMLError):
            kind = node.tag.rsplit(":", 1)[-1]
            shown = node.value if len(node.value) <= 20 else node.value[:20] + "..."
            self.problem(node, f"'{shown}' is not a valid {kind}", "remove the '!!' tag")
            return None
