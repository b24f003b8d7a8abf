"""Warnings a level marks as intended: which findings they cover, and entries gone stale.

An entry covers every finding of its check about its id, as a `# noqa: RULE` covers one
line. An entry that covers nothing is reported where it is written, so fixed warnings do
not leave their excuses behind.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from game.core.content.problems import did_you_mean
from game.core.level_spec import LevelSpec
from game.core.spec.intended import Check, IntendedWarning
from game.design.findings import Finding

STALE = "unused-intended"
"""The check name of the warning about an entry that matches no warning."""

PLAYED = frozenset(
    {
        Check.TIER_ABOVE_MAX,
        Check.TIER_UNREACHED,
        Check.PERK_NEVER_GIVEN,
        Check.PERK_UNREACHED,
        Check.NEVER_OFFERED,
        Check.GOAL_UNMET,
    }
)
"""Checks found by playing the level with bots: skipped for a level too large to play, so
their entries are not called stale then."""


@dataclass(frozen=True)
class Sorted:
    """A level's findings split by its `intended_warnings`."""

    warnings: list[Finding]
    """Findings no entry covers, and one per stale or repeated entry."""
    intended: list[tuple[Finding, IntendedWarning]]
    """Covered findings, each with the entry that covers it."""


def sort_out(spec: LevelSpec, findings: Iterable[Finding], played: bool = True) -> Sorted:
    """Which findings the level meant, which it did not, and which entries match nothing."""
    findings = list(findings)
    entries: dict[tuple[str, str], IntendedWarning] = {}
    warnings: list[Finding] = []
    for i, entry in enumerate(spec.intended_warnings):
        key = (entry.check.value, entry.about)
        if key in entries:
            warnings.append(_repeated(i, entry))
        entries.setdefault(key, entry)
    used: set[tuple[str, str]] = set()
    intended = []
    for finding in findings:
        entry = entries.get((finding.check, finding.about))
        if entry is None:
            warnings.append(finding)
        else:
            intended.append((finding, entry))
            used.add((finding.check, finding.about))
    for i, entry in enumerate(spec.intended_warnings):
        key = (entry.check.value, entry.about)
        if key not in used and entries[key] is entry and (played or entry.check not in PLAYED):
            warnings.append(_stale(i, entry, findings))
    return Sorted(warnings, intended)


def _stale(index: int, entry: IntendedWarning, findings: list[Finding]) -> Finding:
    """At the entry when it excuses nothing; at its `about` when that looks misspelt, since
    the entry is then still needed."""
    abouts = {f.about for f in findings if f.check == entry.check}
    hint = did_you_mean(entry.about, abouts)
    stale = f"marked intended, but lint finds no '{entry.check}' warning about '{entry.about}'"
    if hint:
        return Finding(STALE, entry.about, ("intended_warnings", index, "about"), stale, hint)
    return Finding(STALE, entry.about, ("intended_warnings", index), f"{stale}: remove this entry")


def _repeated(index: int, entry: IntendedWarning) -> Finding:
    return Finding(
        STALE,
        entry.about,
        ("intended_warnings", index),
        f"'{entry.check}' about '{entry.about}' is already marked intended above: "
        "remove this entry",
    )


CHECK_MEANING: dict[Check, tuple[str, str]] = {
    Check.DISABLED_RULE: ("a rule is disabled and no effect enables it", "the rule"),
    Check.RULE_MATCHES_NOTHING: (
        "an action rule matches no target in the level, or bounds the score of a target"
        " that has none",
        "the rule",
    ),
    Check.NOBODY_JOINS: ("a `friend_joined` rule waits, and nobody ever joins", "the rule"),
    Check.IDLE_DISPUTE: (
        "a rule or score change is disputable, but `score.dispute` is off",
        "the rule, or the event, prompt or service holding the change",
    ),
    Check.NEVER_SET_FLAG: ("a condition tests a flag that no effect sets", "the flag"),
    Check.NEVER_LIFTED: ("an effect imposes a restriction that no effect lifts", "the restriction"),
    Check.IN_EVERY_TIER: (
        "a restriction is in every tier, so no score lifts it",
        "the restriction",
    ),
    Check.SCORE_NEVER_RISES: (
        "a restriction sits in the low tiers, and nothing raises the score",
        "the restriction",
    ),
    Check.FLAG_NEVER_CLEARED: (
        "a restriction holds while a flag is set, and no effect clears the flag",
        "the restriction",
    ),
    Check.HIDDEN_FEED_POST: ("a feed post's day is after the level ends", "the feed post"),
    Check.AFTER_THE_END: ("an event or a talk is dated after the level ends", "the event or talk"),
    Check.UNUSED_CHARACTER: (
        "a character is no friend, never suggested, used by nothing",
        "the character",
    ),
    Check.WHO_CUT: (
        "a talk or event waits for `not_friend` on someone who can also drop the player",
        "the talk or event",
    ),
    Check.LONG_TEXT: ("a text is longer than the phone screen shows", "the entry holding it"),
    Check.STARTER_TEXT: (
        "a placeholder text from `new-level` is still there",
        "the entry holding it",
    ),
    Check.UNDRAWABLE_CHARACTER: (
        "a text holds a character the game's font has no glyph for (an emoji, mostly)",
        "the entry holding it",
    ),
    Check.QUIET_DAY: ("a day brings nothing new to a player who only ends the day", "`day_N`"),
    Check.QUIET_EVENINGS: (
        "two evenings in a row say 'Nothing changed.'",
        "`day_N`, the first of the two",
    ),
    Check.TIER_ABOVE_MAX: ("a tier starts above the score's maximum", "the tier"),
    Check.TIER_UNREACHED: ("no bot reached a tier", "the tier"),
    Check.PERK_NEVER_GIVEN: (
        "a perk is in no tier, has no `if` and no effect grants it",
        "the perk",
    ),
    Check.PERK_UNREACHED: ("no bot ever held a perk", "the perk"),
    Check.NEVER_OFFERED: (
        "an item or post is never offered and nothing refers to it",
        "the item or post",
    ),
    Check.GOAL_UNMET: ("no bot met a goal", "the goal"),
    Check.TOO_LARGE_TO_PLAY: ("the level is too large for lint to play with bots", "the level"),
}
"""What each check warns about, and what its `about` names, for the designer reference."""
