"""Lint a level: everything the loader reports, then design checks as warnings.

Warnings never stop a level from loading; they point at content the player cannot reach,
rules that cannot fire, text the screen cannot hold and days where nothing happens.
"""

from collections.abc import Callable, Iterable
from pathlib import Path

from game.core.content.loader import load_level
from game.core.content.problems import Problem, sort_problems
from game.core.content.yaml_source import parse_yaml_file
from game.core.level import Level
from game.core.level_spec import LevelSpec
from game.design import check_content, check_pacing, check_play, check_rules, check_text
from game.design.findings import Finding
from game.paths import assets_dir

STATIC_CHECKS: tuple[Callable[[LevelSpec], Iterable[Finding]], ...] = (
    check_rules.dead_rules,
    check_rules.unset_flags,
    check_rules.lasting_restrictions,
    check_rules.idle_disputes,
    check_content.hidden_feed,
    check_content.unused_characters,
    check_text.long_texts,
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


def lint_file(path: Path, seeds: tuple[int, ...] = check_play.SEEDS) -> list[Problem]:
    """Load errors, or when the level loads, every design warning, sorted by position."""
    result = load_level(path, assets=assets_dir())
    if not result.ok or result.level is None:
        return result.problems
    return sort_problems([*result.problems, *design_warnings(result.level, path, seeds)])


def design_warnings(level: Level, path: Path, seeds: tuple[int, ...]) -> list[Problem]:
    """Warnings for a loaded level, positioned by re-reading its YAML."""
    positions = parse_yaml_file(path, level.file).positions
    findings = [f for check in STATIC_CHECKS for f in check(level.spec)]
    work = play_work(level.spec)
    if work <= PLAY_BUDGET:
        findings += check_play.unreached(level, check_play.simulate(level, seeds))
    else:
        findings.append(
            Finding(
                ("rules",),
                f"too large for lint to play with every bot ({work:,} units of work; the "
                f"limit is {PLAY_BUDGET:,}); tiers, perks and goals were not checked by play",
                "fewer rules, choices or days; or check reachability with citizen-score simulate",
            )
        )
    findings += check_pacing.pacing(level, seeds)
    unique = dict.fromkeys(findings)
    return [f.problem(level.file, positions) for f in unique]
