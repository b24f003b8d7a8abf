"""Rules nothing can trigger, flags tested but never set, restrictions that never lift,
changes marked disputable in a regime that allows no disputes."""

from collections.abc import Iterator

from game.core.content.yaml_source import Path_
from game.core.level_spec import LevelSpec
from game.core.rules.action import ActionRule, When
from game.core.rules.friend_joined import FriendJoinedRule
from game.core.rules.streak import StreakRule
from game.core.spec.conditions import Condition
from game.core.spec.intended import Check
from game.design.findings import Finding
from game.design.targets import matched
from game.design.walk import conditions, effects, owner_id

_NOUNS = {
    "buy": "item",
    "post": "post",
    "like": "feed post that appears",
    "share": "feed post that appears",
    "befriend": "character",
    "unfriend": "character",
    "message": "character",
    "help": "character who asks for help",
    "apply": "service",
    "answer": "prompt option",
    "reply": "reply to a character's talk",
    "dispute": "disputable rule (with score.dispute: true)",
}


SCORED_VERBS = ("befriend", "unfriend", "message", "help", "like", "share")
"""Verbs whose target has a score a rule's target score bounds can test: a person, or the
author of a feed post. Any other verb has none, so a bound on it never holds."""


def _unscored_bounds(rule_id: str, path: Path_, when: When) -> Iterator[Finding]:
    """A target score bound on a verb whose target has no score: the rule never fires."""
    verb = when.action.value
    if verb in SCORED_VERBS:
        return
    for key in ("target_score_below", "target_score_at_least"):
        if getattr(when, key) is not None:
            yield Finding(
                Check.RULE_MATCHES_NOTHING,
                rule_id,
                (*path, "when", key),
                f"rule '{rule_id}' never fires: {key} tests the score of the person "
                f"an action is about, and '{verb}' is about no person",
                f"use it with {', '.join(SCORED_VERBS)}; for the player's own score "
                "write if: {score_below: N} or if: {score_at_least: N}",
            )


def dead_rules(spec: LevelSpec) -> Iterator[Finding]:
    """Rules that can never fire: nothing matches, never enabled, or nobody joins."""
    enabled_somewhere = {r for _, e in effects(spec) for r in e.enable_rules}
    for i, rule in enumerate(spec.rules):
        path = ("rules", i)
        if not rule.enabled and rule.id not in enabled_somewhere:
            yield Finding(
                Check.DISABLED_RULE,
                rule.id,
                (*path, "enabled"),
                f"rule '{rule.id}' is disabled and no effect enables it",
                f"add enable_rules: [{rule.id}] to an event, or remove 'enabled: false'",
            )
        if isinstance(rule, ActionRule | StreakRule) and not matched(spec, rule.when):
            verb = rule.when.action.value
            yield Finding(
                Check.RULE_MATCHES_NOTHING,
                rule.id,
                (*path, "when"),
                f"rule '{rule.id}' matches no {_NOUNS[verb]} in this level",
                "check its ids and tags against the targets of the action",
            )
        if isinstance(rule, ActionRule | StreakRule):
            yield from _unscored_bounds(rule.id, path, rule.when)
        if isinstance(rule, FriendJoinedRule) and not _someone_joins(spec):
            yield Finding(
                Check.NOBODY_JOINS,
                rule.id,
                path,
                f"rule '{rule.id}' waits for a friend to join, and nobody ever joins",
                "give a character in_scheme: false and an effect with joins: true",
            )


def idle_disputes(spec: LevelSpec) -> Iterator[Finding]:
    """`disputable: true` does nothing unless the score allows disputes."""
    if spec.score.dispute:
        return
    hint = "add dispute: true under score, or leave out disputable"
    for i, rule in enumerate(spec.rules):
        if rule.disputable:
            yield Finding(
                Check.IDLE_DISPUTE,
                rule.id,
                ("rules", i, "disputable"),
                f"rule '{rule.id}' is disputable, but score.dispute is off: "
                "the player can never dispute it",
                hint,
            )
    for path, found in effects(spec):
        if found.score is not None and found.score.disputable:
            yield Finding(
                Check.IDLE_DISPUTE,
                owner_id(spec, path),
                (*path, "score", "disputable"),
                "this score change is disputable, but score.dispute is off: "
                "the player can never dispute it",
                hint,
            )


def _someone_joins(spec: LevelSpec) -> bool:
    outside = {c.id for c in spec.characters if not c.in_scheme}
    return any(ch.joins and ch.id in outside for _, e in effects(spec) for ch in e.characters)


def unset_flags(spec: LevelSpec) -> Iterator[Finding]:
    """Conditions on story flags that no effect ever sets."""
    flags_set = {f for _, e in effects(spec) for f in e.set_flags}
    for path, condition in conditions(spec):
        for key, flag, where in _tested_flags(condition):
            if flag not in flags_set:
                always = "never holds" if key in ("flag", "flags") else "always holds"
                yield Finding(
                    Check.NEVER_SET_FLAG,
                    flag,
                    (*path, *where),
                    f"flag '{flag}' is tested here but no effect sets it (this {always})",
                    f"add set_flags: [{flag}] to an event, prompt option or service",
                )


def _tested_flags(condition: Condition) -> Iterator[tuple[str, str, tuple]]:
    """(key, flag, path below the condition) for every flag a condition tests."""
    for key in ("flag", "not_flag"):
        if getattr(condition, key) is not None:
            yield key, getattr(condition, key), (key,)
    for key in ("flags", "not_flags"):
        for j, flag in enumerate(getattr(condition, key) or ()):
            yield key, flag, (key, j)


def lasting_restrictions(spec: LevelSpec) -> Iterator[Finding]:
    """Restrictions that, once imposed, nothing in the level can take away."""
    lifted = {r for _, e in effects(spec) for r in e.lift}
    for path, e in effects(spec):
        for j, ident in enumerate(e.restrict):
            if ident not in lifted:
                yield Finding(
                    Check.NEVER_LIFTED,
                    ident,
                    (*path, "restrict", j),
                    f"restriction '{ident}' is imposed here and no effect lifts it",
                    f"add lift: [{ident}] to an event, prompt option or service (an appeal)",
                )
    yield from _tier_restrictions(spec)
    yield from _flag_restrictions(spec)


def _tier_restrictions(spec: LevelSpec) -> Iterator[Finding]:
    reachable = [t for t in spec.tiers if t.min <= spec.score.max]
    rises = _score_can_rise(spec)
    for restriction_index, r in enumerate(spec.restrictions):
        holding = [t for t in reachable if r.id in t.restrictions]
        if not holding:
            continue
        path = ("restrictions", restriction_index)
        if len(holding) == len(reachable):
            yield Finding(
                Check.IN_EVERY_TIER,
                r.id,
                path,
                f"restriction '{r.id}' is in every tier: no score lifts it",
            )
        elif not rises:
            yield Finding(
                Check.SCORE_NEVER_RISES,
                r.id,
                path,
                f"restriction '{r.id}': nothing in the level raises the score above its tiers",
                "add a rule or effect with a positive delta, or a tier above without it",
            )


def _score_can_rise(spec: LevelSpec) -> bool:
    if any(r.delta > 0 or r.kind == "friend_pull" for r in spec.rules):
        return True
    return any(e.score is not None and e.score.delta > 0 for _, e in effects(spec))


def _flag_restrictions(spec: LevelSpec) -> Iterator[Finding]:
    cleared = {f for _, e in effects(spec) for f in e.clear_flags}
    for i, r in enumerate(spec.restrictions):
        flag = r.when.flag if r.when else None
        if r.when is not None and r.when.model_fields_set - {"flag"}:
            continue  # other keys (a score threshold, a day) can end it
        if flag is not None and flag not in cleared:
            yield Finding(
                Check.FLAG_NEVER_CLEARED,
                r.id,
                ("restrictions", i, "if", "flag"),
                f"restriction '{r.id}' holds while flag '{flag}' is set, and no effect clears it",
                f"add clear_flags: [{flag}] to an event, prompt option or service",
            )
