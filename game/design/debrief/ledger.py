"""The full ledger, short enough to read: by day with repeated entries on one line, by rule."""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from game.core.outcome import Outcome, ScoreMove
from game.design.debrief.cards import EVIDENCE_LABELS

REPEAT_DAYS = 3
"""An entry landing the same way on this many days or more is shown once, with a count."""


@dataclass(frozen=True)
class LedgerLine:
    """One line of the ledger: the same change `count` times on `days`."""

    days: tuple[int, ...]
    count: int
    delta: int
    """Each time."""
    reason: str
    cause: str
    evidence: str
    """As the game prints it ('Game abstraction')."""

    @property
    def total(self) -> int:
        return self.delta * self.count

    @property
    def when(self) -> str:
        return day_span(self.days)


def day_span(days: Iterable[int]) -> str:
    """'Day 3', 'Days 1-3', or 'Days 1, 5-6' when the days are not in a row, so a line never
    names days on which its entry did not land."""
    runs: list[list[int]] = []
    for day in sorted(set(days)):
        if runs and day == runs[-1][-1] + 1:
            runs[-1].append(day)
        else:
            runs.append([day])
    parts = [str(r[0]) if len(r) == 1 else f"{r[0]}-{r[-1]}" for r in runs]
    one = len(runs) == 1 and len(runs[0]) == 1
    return ("Day " if one else "Days ") + ", ".join(parts)


@dataclass(frozen=True)
class RuleLine:
    """What one rule or story event did over the whole run."""

    rule_id: str
    reason: str
    count: int
    total: int
    evidence: str
    """As the game prints it ('Game abstraction')."""


@dataclass(frozen=True)
class Ledger:
    repeated: tuple[LedgerLine, ...]
    """Entries that landed on many days, once each with their count."""
    by_day: tuple[tuple[int, tuple[LedgerLine, ...]], ...]
    """The other entries, day by day (the same entry twice in a day is one line)."""
    by_rule: tuple[RuleLine, ...]


def _key(m: ScoreMove) -> tuple[str, int, str]:
    return (m.rule_id, m.delta, m.reason)


def ledger_of(outcome: Outcome) -> Ledger:
    """Group the run's landed score changes for reading."""
    groups: dict[tuple[str, int, str], list[ScoreMove]] = defaultdict(list)
    for move in outcome.moves:
        groups[_key(move)].append(move)
    repeated_keys = {k for k, ms in groups.items() if len({m.day for m in ms}) >= REPEAT_DAYS}
    repeated = tuple(_line(groups[k]) for k in groups if k in repeated_keys)
    days: dict[int, dict[tuple[str, int, str], list[ScoreMove]]] = defaultdict(dict)
    for move in outcome.moves:
        if _key(move) not in repeated_keys:
            days[move.day].setdefault(_key(move), []).append(move)
    by_day = tuple(
        (day, tuple(_line(ms) for ms in entries.values())) for day, entries in sorted(days.items())
    )
    return Ledger(repeated, by_day, _rules(outcome))


def _line(moves: list[ScoreMove]) -> LedgerLine:
    first = moves[0]
    days = tuple(sorted({m.day for m in moves}))
    return LedgerLine(
        days, len(moves), first.delta, first.reason, first.cause, _label(first.evidence)
    )


def _rules(outcome: Outcome) -> tuple[RuleLine, ...]:
    reasons: dict[str, ScoreMove] = {}
    for move in outcome.moves:
        reasons.setdefault(move.rule_id, move)
    lines = [
        RuleLine(rule, reasons[rule].reason, count, total, _label(reasons[rule].evidence))
        for rule, (count, total) in outcome.rule_fires.items()
        if rule in reasons
    ]
    return tuple(sorted(lines, key=lambda r: (-abs(r.total), r.rule_id)))


def rules_of(moves: Iterable[ScoreMove]) -> tuple[RuleLine, ...]:
    """What each rule did over these moves (times and total), largest total first."""
    firsts: dict[str, ScoreMove] = {}
    sums: dict[str, tuple[int, int]] = {}
    for move in moves:
        firsts.setdefault(move.rule_id, move)
        count, total = sums.get(move.rule_id, (0, 0))
        sums[move.rule_id] = (count + 1, total + move.delta)
    lines = [
        RuleLine(rule, firsts[rule].reason, count, total, _label(firsts[rule].evidence))
        for rule, (count, total) in sums.items()
    ]
    return tuple(sorted(lines, key=lambda r: (-abs(r.total), r.rule_id)))


def _label(evidence: str) -> str:
    return EVIDENCE_LABELS.get(evidence, evidence)
