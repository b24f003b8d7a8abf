"""Lint a level: everything the loader reports, then design checks as warnings.

Warnings never stop a level from loading; they point at content the player cannot reach,
rules that cannot fire, text the screen cannot hold and days where nothing happens. Each
names its check, and a level sets apart the ones it means under `intended_warnings`.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from game.core.content.loader import load_level
from game.core.content.problems import Problem, sort_problems
from game.core.content.yaml_source import parse_yaml_file
from game.core.level import Level
from game.core.level_spec import LevelSpec
from game.core.spec.intended import Check
from game.design import check_content, check_pacing, check_play, check_rules, check_text
from game.design.entry_paths import named_problems
from game.design.findings import Finding
from game.design.intended import sort_out
from game.paths import assets_dir

STATIC_CHECKS: tuple[Callable[[LevelSpec], Iterable[Finding]], ...] = (
    check_rules.dead_rules,
    check_rules.unset_flags,
    check_rules.lasting_restrictions,
    check_rules.idle_disputes,
    check_content.hidden_feed,
    check_content.after_the_end,
    check_content.unused_characters,
    check_content.who_cut,
    check_text.long_texts,
    check_text.starter_leftovers,
    check_text.undrawable_characters,
)


PLAY_BUDGET = 1_000_000
"""Lint plays every bot only when days x actions x choices x rules stays below this (the
shipped levels need under 100,000); a larger level gets one warning instead of minutes of play."""


def play_work(spec: LevelSpec) -> int:
    """A deterministic measure of how long playing the level with every bot takes."""
    choices = len(spec.items) + len(spec.posts) + len(spec.feed) + len(spec.services)
    choices += 4 * len(spec.characters)  # befriend, unfriend, help, message
    per_day = spec.player.days * spec.player.actions_per_day
    return per_day * max(1, choices) * max(1, len(spec.rules))


@dataclass(frozen=True)
class IntendedProblem:
    """A warning the level marks as intended, where it is, with the level's reason."""

    problem: Problem
    why: str

    def format(self) -> str:
        """One line like a warning's, with `intended` in place of the severity."""
        p = self.problem
        return f"{p.file}:{p.line}:{p.column}: intended: {p.message} [{p.check}] (why: {self.why})"


@dataclass(frozen=True)
class LintReport:
    """What lint found in one file: problems to fix, and warnings the level means."""

    problems: list[Problem]
    intended: list[IntendedProblem] = field(default_factory=list)
    level: Level | None = None
    """The level, when it loaded (for checks across files, such as shared level ids)."""


def lint_file(path: Path, seeds: tuple[int, ...] = check_play.SEEDS) -> list[Problem]:
    """Load errors, or when the level loads, every design warning it does not mark as
    intended, sorted by position."""
    return lint_report(path, seeds).problems


def lint_report(path: Path, seeds: tuple[int, ...] = check_play.SEEDS) -> LintReport:
    """Load errors, or the level's design warnings and the ones it marks as intended."""
    result = load_level(path, assets=assets_dir())
    if not result.ok or result.level is None:
        return LintReport(named_problems(result.problems, path))
    found = design_warnings(result.level, path, seeds)
    problems = sort_problems([*result.problems, *found.problems])
    return LintReport(problems, found.intended, result.level)


def design_warnings(level: Level, path: Path, seeds: tuple[int, ...]) -> LintReport:
    """Warnings for a loaded level, positioned by re-reading its YAML, with the intended
    ones set apart."""
    parsed = parse_yaml_file(path, level.file)
    positions = parsed.positions
    findings = [f for check in STATIC_CHECKS for f in check(level.spec)]
    work = play_work(level.spec)
    played = work <= PLAY_BUDGET
    if played:
        findings += check_play.unreached(level, check_play.simulate(level, seeds))
    else:
        findings.append(
            Finding(
                Check.TOO_LARGE_TO_PLAY,
                level.spec.meta.id,
                ("rules",),
                f"too large for lint to play with every bot ({work:,} units of work; the "
                f"limit is {PLAY_BUDGET:,}); tiers, perks and goals were not checked by play",
                "fewer rules, choices or days; or check reachability with citizen-score simulate",
            )
        )
    findings += check_pacing.pacing(level, seeds)
    split = sort_out(level.spec, dict.fromkeys(findings), played)

    def placed(f: Finding) -> Problem:
        """A finding at its place: an undrawable character at its own column when the
        YAML line shows where it is, every other finding where its value starts."""
        if isinstance(f, check_text.UndrawableFinding):
            return f.placed(level.file, positions, parsed.text)
        return f.problem(level.file, positions)

    warnings = [placed(f) for f in split.warnings]
    intended = [IntendedProblem(placed(f), entry.why) for f, entry in split.intended]
    return LintReport(warnings, sorted(intended, key=lambda i: (i.problem.line, i.problem.column)))
