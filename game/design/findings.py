"""A design warning before it has a position: which check, about what, where in the YAML,
what is wrong, and what to do."""

from dataclasses import dataclass

from game.core.content.problems import Problem, Severity
from game.core.content.yaml_source import Path_, Positions


@dataclass(frozen=True)
class Finding:
    """One design warning, located by its YAML path."""

    check: str
    """A `Check` name, or `STALE` for an intended entry that matches nothing."""
    about: str
    """The id the warning names, which an `intended_warnings` entry matches."""
    path: Path_
    message: str
    hint: str | None = None

    def problem(self, file: str, positions: Positions) -> Problem:
        """The warning as a file:line:column problem."""
        line, column = positions.of(self.path)
        return Problem(file, line, column, self.message, self.hint, Severity.WARNING, self.check)
