"""Problems found in a designer's file, reported all at once with file:line:column and a hint."""

import difflib
from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    """Errors stop a level from loading; warnings are design advice."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a file, at a 1-based line and column."""

    file: str
    line: int
    column: int
    message: str
    hint: str | None = None
    severity: Severity = Severity.ERROR

    def format(self) -> str:
        """One line, as compilers print them, so editors can jump to it."""
        text = f"{self.file}:{self.line}:{self.column}: {self.severity}: {self.message}"
        return f"{text} (hint: {self.hint})" if self.hint else text


def did_you_mean(word: object, choices: object) -> str | None:
    """A 'did you mean' hint for a misspelt key or id, or None when nothing is close."""
    if not isinstance(word, str):
        return None
    names = [str(c) for c in choices]  # type: ignore[attr-defined]
    close = difflib.get_close_matches(word, names, n=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else None


def sort_problems(problems: list[Problem]) -> list[Problem]:
    """File order, then line and column, so the first problem is the first to fix."""
    return sorted(problems, key=lambda p: (p.file, p.line, p.column, p.message))
