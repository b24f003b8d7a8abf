"""Problems found in a designer's file, reported all at once with file:line:column and a hint."""

import codecs
import unicodedata
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from game.core.values import quick_init


class Severity(StrEnum):
    """Errors stop a level from loading; warnings are design advice."""

    ERROR = "error"
    WARNING = "warning"


@quick_init
@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a file, at a 1-based line and column."""

    file: str
    line: int
    column: int
    message: str
    hint: str | None = None
    severity: Severity = Severity.ERROR
    check: str | None = None
    """The name of the design check that found it (lint warnings), shown in square brackets."""

    def format(self) -> str:
        """One line, as compilers print them, so editors can jump to it; a lint warning ends
        with its check's name, as ESLint ends a line with its rule's."""
        text = f"{self.file}:{self.line}:{self.column}: {self.severity}: {self.message}"
        text = f"{text} (hint: {self.hint})" if self.hint else text
        return f"{text} [{self.check}]" if self.check else text


UTF16_MARKS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
"""How a UTF-16 file starts (Notepad's "Unicode"): named, since its text cannot be shown."""


def undecodable(raw: bytes, exc: UnicodeDecodeError) -> tuple[int, int, str]:
    """Where a file stops being UTF-8 (1-based line and character column) and one plain line
    saying so, for files saved in another encoding."""
    if raw.startswith(UTF16_MARKS):
        mark = raw[:2].hex(" ").upper()
        return 1, 1, f"saved as UTF-16 (it starts with the bytes {mark}); save the file as UTF-8"
    before = raw[: exc.start]
    line = before.count(b"\n") + 1
    column = len(before[before.rfind(b"\n") + 1 :].decode("utf-8", errors="replace")) + 1
    byte = raw[exc.start : exc.start + 1].hex().upper() or "end"
    return line, column, f"not UTF-8 text (byte {byte}); save the file as UTF-8"


def did_you_mean(word: object, choices: Iterable[object]) -> str | None:
    """A 'did you mean' hint for a misspelt key or id, or None when nothing is close."""
    if not isinstance(word, str):
        return None
    return Suggester().hint(word, [str(c) for c in choices])


def _allowed_edits(word: str) -> int:
    """How many typing slips still make a plausible typo of a word this long."""
    return 1 if len(word) <= 6 else 2 if len(word) <= 12 else 3


def edit_distance(a: str, b: str, most: int) -> int:
    """Letters inserted, deleted, changed or swapped (next to each other) to turn a into b;
    most + 1 when more.

    Hyyro's bit-vector form of the table (2003): each of a's letters is one bit of a
    column, so a whole column is worked out in a few integer operations per letter of b,
    several times faster in Python than filling the table cell by cell.
    """
    if abs(len(a) - len(b)) > most:
        return most + 1
    if not a:
        return min(len(b), most + 1)
    full, last = (1 << len(a)) - 1, 1 << (len(a) - 1)
    where: dict[str, int] = {}
    for i, letter in enumerate(a):
        where[letter] = where.get(letter, 0) | 1 << i
    up, down, diagonal, before, distance = full, 0, 0, 0, len(a)
    for letter in b:
        here = where.get(letter, 0)
        matched = here | down
        swapped = ((~diagonal & here) << 1) & before
        diagonal = ((((matched & up) + up) ^ up) | matched | swapped) & full
        right = (down | ~(diagonal | up)) & full
        left = diagonal & up
        distance += 1 if right & last else -1 if left & last else 0
        right = (right << 1 | 1) & full
        left = (left << 1) & full
        up = (left | ~(diagonal | right)) & full
        down = right & diagonal
        before = here
    return min(distance, most + 1)


def _slips(word: str, candidate: str) -> int | None:
    """The typing slips from `word` to `candidate` when it is a plausible typo, else None.

    A few slips for the word's length; a short id found whole at the start or end of a longer
    one names something else (`jun` is not a slip for the character `june`).
    """
    if (
        len(word) <= 3
        and len(candidate) > len(word)
        and (candidate.startswith(word) or candidate.endswith(word))
    ):
        return None
    most = _allowed_edits(word)
    slips = edit_distance(word, candidate, most)
    return slips if slips <= most else None


class Suggester:
    """'Did you mean' over a whole file, with a bounded amount of work.

    Candidates are bucketed by length once per list, and at most `budget` comparisons are made
    in all, so a file with thousands of unknown ids still validates at once (they simply get
    no suggestion past the budget).
    """

    def __init__(self, budget: int = 2_000) -> None:
        self.budget = budget
        self._buckets: dict[int, dict[int, list[str]]] = {}
        self._seen: dict[tuple[int, str], str | None] = {}

    def hint(self, word: str, choices: Collection[str]) -> str | None:
        """'did you mean 'x'?' for the closest plausible choice, or None."""
        key = (id(choices), word)
        if key not in self._seen:
            best = self._closest(word, choices)
            self._seen[key] = f"did you mean '{best}'?" if best else None
        return self._seen[key]

    def _closest(self, word: str, choices: Collection[str]) -> str | None:
        if self.budget <= 0 or word in choices:
            return None
        buckets = self._buckets.get(id(choices))
        if buckets is None:
            buckets = {}
            for name in sorted(choices):
                buckets.setdefault(len(name), []).append(name)
            self._buckets[id(choices)] = buckets
        most = _allowed_edits(word)
        found: list[tuple[int, str]] = []
        for length in range(len(word) - most, len(word) + most + 1):
            for name in buckets.get(length, ()):
                self.budget -= 1
                if self.budget < 0:
                    return min(found)[1] if found else None
                slips = _slips(word, name)
                if slips is not None:
                    found.append((slips, name))
        return min(found)[1] if found else None


def sort_problems(problems: list[Problem]) -> list[Problem]:
    """File order, then line and column, so the first problem is the first to fix."""
    return sorted(problems, key=lambda p: (p.file, p.line, p.column, p.message))


MAX_PROBLEMS = 1000
"""Problems listed per file at most: past a thousand nobody reads on, and working out each
one's place and hint is what keeps a crafted file busy."""


def listed(problems: list[Problem], file: str, unlisted: int = 0) -> list[Problem]:
    """The first MAX_PROBLEMS in file order, then one line saying how many more there are
    (`unlisted` counts those found but never worked out)."""
    ordered = sort_problems(problems)
    more = unlisted + max(0, len(ordered) - MAX_PROBLEMS)
    kept = ordered[:MAX_PROBLEMS]
    if more:
        last = kept[-1] if kept else Problem(file, 1, 1, "")
        message = f"{more} more problems not listed (at most {MAX_PROBLEMS} are)"
        kept.append(Problem(file, last.line, last.column, message, "fix these first"))
    return kept


EXCERPT_WIDTH = 100
"""Longest source line shown under a problem; longer lines are cut around the column."""


def excerpt(problem: Problem, lines: Sequence[str]) -> list[str]:
    """The offending line with a caret under the column (Ren'Py style), or nothing.

    Invisible characters are shown escaped (a zero-width space as \\u200b) and wide ones
    (Chinese, Japanese) take two cells, so the caret stays under the column a terminal shows.
    """
    if not 1 <= problem.line <= len(lines):
        return []
    text = lines[problem.line - 1].rstrip("\r\n").replace("\t", " ")
    column = max(1, min(problem.column, len(text) + 1))
    start = max(0, column - 1 - EXCERPT_WIDTH // 2) if len(text) > EXCERPT_WIDTH else 0
    shown = text[start : start + EXCERPT_WIDTH]
    prefix = "..." if start else ""
    gutter = f"{problem.line:>5} | "
    before = text[start : column - 1]
    if not (shown.isascii() and shown.isprintable()):  # the usual line needs no more work
        shown = "".join(map(visible_char, shown))
        before = "".join(" " * _cells(c) for c in before)
    return [
        f"{gutter}{prefix}{shown}",
        " " * (len(gutter) - 2) + "| " + " " * (len(prefix) + len(before)) + "^",
    ]


def visible_char(character: str) -> str:
    """A character as a terminal can show it: invisible ones as their escape."""
    if character.isprintable():
        return character
    code = ord(character)
    return (
        f"\\x{code:02x}"
        if code <= 0xFF
        else f"\\u{code:04x}"
        if code <= 0xFFFF
        else f"\\U{code:08x}"
    )


def _cells(character: str) -> int:
    """Terminal cells a character takes as `visible_char` shows it: two for wide characters,
    none for a combining accent, the escape's length for an invisible one."""
    if not character.isprintable():
        return len(visible_char(character))
    if unicodedata.combining(character):
        return 0
    return 2 if unicodedata.east_asian_width(character) in "WF" else 1
