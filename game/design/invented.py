"""Which numbers in a level are invented for the game, generated from the level itself.

The debrief shows this list instead of a hand-written paragraph, so it cannot drift from the
rules. A number counts as invented when its entry is labelled `game` or `fiction`, when its
text says "game number", or when a sourced entry does not state the number in its own text
(a real figure is always written where the player reads it, as in "+5 points, as in village
points stores"). A tier's start counts as sourced, whatever the tier's own label, when
a sourced perk or restriction of it or of the tier below writes that score (Gig Street's
"No trips below 4.60"). A level whose score is only listed or not listed (a range of one) has no
invented score numbers: its plus and minus one are switches, not points.
"""

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from game.core.level import Level
from game.core.level_spec import LevelSpec
from game.core.rules.association import AssociationRule
from game.core.rules.base import RuleBase
from game.core.rules.chance import ChanceRule
from game.core.rules.friend_pull import FriendPullRule
from game.core.rules.streak import StreakRule
from game.core.spec.base import Evidence, Sourced
from game.core.spec.effects import DirectScore
from game.core.spec.score import Privilege, Tier
from game.design.walk import walk

GAME_MARK = "game number"
"""Words that mark a number as invented inside a sourced entry's text."""

INVENTED_LABELS = frozenset({Evidence.GAME, Evidence.FICTION})

Shown = Callable[[int], str]
"""A score number as the player reads it (`ScoreSpec.shown`: 300 is "3.00" on a rating)."""


@dataclass(frozen=True)
class InventedNumber:
    """One invented number: where it lives, the number as shown, and a plain sentence."""

    where: str
    """The entry it belongs to, as `kind id` (for example `rule praise_up`)."""
    number: str
    """The number as the level writes it: "+15", "25%", "560" (a rating of 4.50 is "450")."""
    sentence: str
    """What the number does, in one plain sentence, with score numbers as the player reads
    them ("starts at 4.50")."""


def invented_numbers(level: Level | LevelSpec) -> list[InventedNumber]:
    """Every invented number in the level's tiers, rules, perks, restrictions and score changes."""
    spec = level.spec if isinstance(level, Level) else level
    switch_only = spec.score.max - spec.score.min <= 1
    shown = spec.score.shown
    found = [] if switch_only else [*_tiers(spec)]
    for path, model in walk(spec):
        if isinstance(model, RuleBase):
            found += _rule(model, switch_only, shown)
        elif isinstance(model, Privilege):
            found += _privilege(model, path[0].rstrip("s"), shown)
        elif isinstance(model, DirectScore) and not switch_only and _invented(model, model.delta):
            found.append(_score_change(spec, path, model))
    return found


def _invented(entry: Sourced, number: float | int) -> bool:
    """True when `number` on this entry is a game number rather than a sourced figure."""
    text = _text_of(entry)
    if entry.evidence in INVENTED_LABELS or GAME_MARK in text.lower():
        return True
    return not _states(text, number)


def _text_of(entry: Sourced) -> str:
    return str(getattr(entry, "reason", None) or getattr(entry, "description", None) or "")


def _states(text: str, number: float | int) -> bool:
    """True when the text writes this number itself (1,000 and 1000 alike)."""
    plain = text.replace(",", "")
    target = abs(number) * 100 if isinstance(number, float) and number < 1 else abs(number)
    return any(float(token) == target for token in re.findall(r"\d+(?:\.\d+)?", plain))


def _signed(value: int) -> str:
    return f"+{value}" if value > 0 else str(value)


def _per_day(label: str, value: int, unit: str) -> str:
    """'School snack contract: +1,500 income a day.': the number with a thousands comma, as
    money is written everywhere else, and said once (see `_named`)."""
    number = f"{value:+,}"
    return f"{_named(label, number)}: {number} {unit} a day."


def _named(label: str, number: str) -> str:
    """A perk's or restriction's label without a closing bracket that already gives `number`
    ('Three months of invoices at once (+1 action a day, game)'), since the sentence says the
    number next: once, not '(+1 action a day, game): +1 action a day'."""
    head, _, aside = label.rpartition(" (")
    if head and aside.endswith(")") and re.search(rf"{re.escape(number)}(?![\d,.])", aside):
        return head
    return label


def _score_signed(value: int, shown: Shown) -> str:
    return f"+{shown(value)}" if value > 0 else f"-{shown(-value)}" if value < 0 else shown(0)


def _points(value: int, reason: str, shown: Shown) -> str:
    """'+15 points: <reason>.' with one full stop, whatever the reason ends with; on a scale
    read with decimals (a 4.50 rating) the number stands alone: '+0.10: <reason>.'."""
    unit = "" if shown(1) != "1" else " point" if abs(value) == 1 else " points"
    return f"{_score_signed(value, shown)}{unit}: {reason[:1].upper()}{_lower(reason)[1:]}"


def _lower(text: str) -> str:
    """The reason as the end of a sentence: first letter small, one closing stop (none after
    a quote that ends with its own: "'Quiet driver.'", not "'Quiet driver.'.")."""
    closed = text.rstrip("'\"\u2019\u201d").endswith((".", "!", "?"))
    end = "" if closed or text.endswith(")") else "."
    return text[:1].lower() + text[1:] + end


NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def _counts(text: str, number: int) -> bool:
    """True when the text says this count, in figures or as a word ('Three days')."""
    words = re.findall(r"[a-z]+", text.lower())
    return _states(text, number) or (number < len(NUMBER_WORDS) and NUMBER_WORDS[number] in words)


def _tiers(spec: LevelSpec) -> Iterator[InventedNumber]:
    lowest = min(t.min for t in spec.tiers)
    for tier in spec.tiers:
        if (
            tier.evidence in INVENTED_LABELS
            and tier.min != lowest
            and not _sourced_line(spec, tier)
        ):
            start = spec.score.shown(tier.min)
            yield InventedNumber(
                f"tier {tier.id}", str(tier.min), f"The {tier.label} tier starts at {start}."
            )


def _sourced_line(spec: LevelSpec, tier: Tier) -> bool:
    """True when the score at which `tier` starts is a sourced line: a perk or restriction of
    this tier, or of the tier just below it (whose floor this start is), is labelled with
    sourced evidence and states that score as the player reads it. Gig Street's At risk tier
    is `game` for its 4.70 top, but it starts at the leaked 4.6 driver line, which the
    reported 'Deactivated' restriction of the tier below states ("No trips below 4.60")."""
    ranked = sorted(spec.tiers, key=lambda t: t.min)
    at = ranked.index(tier)
    ids = {*tier.perks, *tier.restrictions}
    if at > 0:
        ids |= {*ranked[at - 1].perks, *ranked[at - 1].restrictions}
    shown = spec.score.shown(tier.min)
    return any(
        entry.id in ids
        and entry.evidence not in INVENTED_LABELS
        and GAME_MARK not in _text_of(entry).lower()
        and _writes(_text_of(entry), shown)
        for entry in (*spec.perks, *spec.restrictions)
    )


def _writes(text: str, shown: str) -> bool:
    """True when the text writes a score as shown ('4.60'; also '4.6', the same number)."""
    plain = text.replace(",", "")
    target = float(shown.replace(",", ""))
    return any(float(token) == target for token in re.findall(r"\d+(?:\.\d+)?", plain))


def _rule(rule: RuleBase, switch_only: bool, shown: Shown) -> list[InventedNumber]:
    where, reason = f"rule {rule.id}", rule.reason
    out = []
    if rule.delta and not switch_only and _invented(rule, rule.delta):
        out.append(InventedNumber(where, _signed(rule.delta), _points(rule.delta, reason, shown)))
    if isinstance(rule, ChanceRule) and _invented(rule, rule.probability):
        pct = f"{round(rule.probability * 100)}%"
        out.append(InventedNumber(where, pct, f"A {pct} chance each day: {_lower(reason)}"))
    if isinstance(rule, FriendPullRule) and _invented(rule, rule.weight):
        pct = f"{round(rule.weight * 100)}%"
        text = f"Each evening your score moves {pct} of the way toward your friends' average, at most {shown(rule.max_step)} points."
        out.append(InventedNumber(where, pct, text))
    if isinstance(rule, StreakRule) and _invented(rule, rule.days):
        # a reason that counts the days ('Three night shifts in a row') is not told again
        lead = (
            f"A streak of {rule.days}"
            if _counts(reason, rule.days)
            else (f"A streak needs {rule.days} days in a row")
        )
        out.append(InventedNumber(where, str(rule.days), f"{lead}: {_lower(reason)}"))
    if isinstance(rule, AssociationRule):
        out += _thresholds(
            where, rule, (rule.score_below, rule.score_at_least), "a contact's score", shown
        )
    if hasattr(rule, "when"):
        when = rule.when
        out += _thresholds(
            where,
            rule,
            (when.target_score_below, when.target_score_at_least),
            "the other person's score",
            shown,
        )
    return out


def _thresholds(
    where: str,
    entry: Sourced,
    bounds: tuple[int | None, int | None],
    whose: str,
    shown: Shown,
) -> list[InventedNumber]:
    """`bounds`: the score the rule needs to be below, and at least."""
    out = []
    for bound, words in zip(bounds, ("below", "at least"), strict=True):
        if bound is not None and _invented(entry, bound):
            sentence = f"This rule applies when {whose} is {words} {shown(bound)}."
            out.append(InventedNumber(where, str(bound), sentence))
    return out


def _privilege(entry: Privilege, kind: str, shown: Shown) -> list[InventedNumber]:
    where, out = f"{kind} {entry.id}", []
    if entry.income and _invented(entry, entry.income):
        out.append(
            InventedNumber(
                where,
                _signed(entry.income),
                _per_day(entry.label, entry.income, "income"),
            )
        )
    if entry.actions and _invented(entry, entry.actions):
        out.append(
            InventedNumber(
                where,
                _signed(entry.actions),
                _per_day(entry.label, entry.actions, "action"),
            )
        )
    if entry.when is not None:
        out += _thresholds(
            where, entry, (entry.when.score_below, entry.when.score_at_least), "your score", shown
        )
    return [
        InventedNumber(
            n.where, n.number, n.sentence.replace("This rule applies", f'"{entry.label}" holds')
        )
        for n in out
    ]


def _score_change(
    spec: LevelSpec, path: tuple[str | int, ...], change: DirectScore
) -> InventedNumber:
    """A story score change, named after the event, prompt option or service that makes it."""
    owner: object = spec
    names = []
    for key in path[:-2]:
        owner = owner[key] if isinstance(key, int) else getattr(owner, str(key), owner)
        if hasattr(owner, "id"):
            names.append(owner.id)
    where = f"{str(path[0]).rstrip('s')} {names[-1] if names else ''}".strip()
    sentence = _points(change.delta, change.reason, spec.score.shown)
    return InventedNumber(where, _signed(change.delta), sentence)
