"""The debrief as a document: built once from the level, the run's Outcome and its turning
points, then rendered as text (the `debrief` command), HTML (export) or game pages."""

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from game.core.actions import Action
from game.core.level import Level
from game.core.money import money_text
from game.core.outcome import Outcome, outcome_of
from game.design.debrief.cards import EVIDENCE_LABELS, EVIDENCE_MEANINGS, CardView, card_views
from game.design.debrief.glossary import glossary_for
from game.design.debrief.ledger import Ledger, RuleLine, ledger_of, rules_of
from game.design.debrief.met import met_first, met_lines
from game.design.debrief.states import (
    runs_sentence,
    state_labels,
    state_reached,
    state_runs,
    two_states,
)
from game.design.invented import InventedNumber, invented_numbers
from game.sim.turning_points import TurningPoint, counterfactuals, turning_points

MOVERS = 3
"""The rules and events named under "What moved your score most"."""
_LIST_PRICE = re.compile(r"\s*\(\d[\d,.]*\)$|,\s*\d[\d,.]*(?=\)$)")
"""A list price at the end of a label: "(600)", or ", 800" closing other words in brackets."""


@dataclass(frozen=True)
class GoalView:
    label: str
    met: bool
    day: int


@dataclass(frozen=True)
class Debrief:
    """Everything the debrief says about one run, in reading order."""

    title: str
    score_name: str
    days: int
    seed: int
    path: tuple[tuple[int, int], ...]
    final: str
    """The final score as players read it, with its tier."""
    final_tier: str
    summary: str
    reveal: str
    goals: tuple[GoalView, ...]
    tiers: tuple[str, ...]
    """Tier labels in the order first reached."""
    perks_won: tuple[str, ...]
    perks_lost: tuple[str, ...]
    restrictions: tuple[str, ...]
    money: str
    points: tuple[TurningPoint, ...]
    costs: tuple[str, ...]
    """One counterfactual line per point ("" when none, or not yet computed)."""
    evidence: tuple[tuple[str, str], ...]
    cards: tuple[CardView, ...]
    footnotes: tuple[str, ...]
    """Source URLs, numbered from 1 in the order cards cite them, then the level's own."""
    objectives: tuple[str, ...]
    questions: tuple[str, ...]
    invented_intro: str
    invented: tuple[InventedNumber, ...]
    glossary: tuple[tuple[str, str], ...]
    society: str
    ledger: Ledger
    decimals: int = 0
    """Decimal places the score is shown with (a rating of 4.21 is stored as 421)."""
    states: tuple[tuple[int, str], ...] = ()
    """A score of two states (listed or not): each value with its tier's label, which the
    debrief shows instead of the number. Empty for every other score."""
    joined: bool = True
    """Whether the player had a score at the end (an opt-in score may never be joined):
    without one there is no path of scores or tiers to show, only that they stayed out."""
    charted: tuple[RuleLine, ...] = ()
    """What each rule did over the days the chart shows (after the day an opt-in score was
    joined: a starting grant of 1,000 points is where the chart starts, not a move on it),
    largest first."""
    invented_met: frozenset[str] = frozenset()
    """The invented numbers (by `where`) that the run met: a rule that fired, a tier reached,
    a restriction or perk held, an answer given, a service used, an event that happened."""
    joined_on: int = 0
    """The day the player joined an opt-in score (0: scored from the start): `path` starts
    at the end of that day."""

    @property
    def tier_text(self) -> str:
        """The tiers line: where the run started and ended, or that it had no score."""
        return tier_path(self.tiers, self.final_tier) if self.joined else "none, you never joined"

    @property
    def no_chart(self) -> str:
        """Said in place of the chart of scores when the player never had one; else ""."""
        return "" if self.joined else f"You never joined, so you had no {self.score_name} to chart."

    def signed(self, delta: int) -> str:
        """A score change as players read it: '+15', '-0.07'."""
        return _signed(delta, self.decimals)

    def shown(self, value: int) -> str:
        """The score as players read it: '4.21', or 'Listed' on a two-state score."""
        named = dict(self.states)
        if value in named:
            return named[value]
        return f"{value / 10**self.decimals:.{self.decimals}f}" if self.decimals else str(value)

    def reached(self, delta: int) -> str:
        """The state a change on a two-state score leads to ('Listed' for a fall)."""
        return state_reached(self.states, delta)

    def change(self, delta: int) -> str:
        """A change as players read it: '+15', or the state it leads to on a two-state score."""
        return self.reached(delta) if self.states else self.signed(delta)

    @property
    def by_day(self) -> str:
        """The score at the start and after each day: numbers, or the states' stretches."""
        if self.states:
            return runs_sentence(state_runs(self.path, self.states))
        days = ", ".join(f"{d}: {self.shown(s)}" for d, s in self.path)
        return f"from day {self.joined_on}, when you joined: {days}" if self.joined_on else days

    @property
    def heading(self) -> str:
        return f"Your {self.days} days"

    @property
    def moved_title(self) -> str:
        """The heading over `movers`, naming the score ('What moved your Court list status
        most'): a listed-or-not status is not a score to a player."""
        return f"What moved your {self.score_name} most"

    @property
    def movers(self) -> tuple[RuleLine, ...]:
        """The rules and events that moved the score most over the run, largest first: the
        why of the chart. Turning points only name choices whose change would have changed
        the end, so a run that hit the bottom of the scale otherwise has no why at all."""
        return tuple(r for r in self.charted if r.total)[:MOVERS]


def build_debrief(
    level: Level,
    seed: int,
    actions: Sequence[Action],
    outcome: Outcome | None = None,
    *,
    with_costs: bool = True,
) -> Debrief:
    """The whole debrief; `with_costs=False` leaves the counterfactuals for `with_cost`."""
    actions = tuple(actions)
    o = outcome or outcome_of(level, seed, actions)
    spec = level.spec
    points = tuple(turning_points(level, seed, actions, o))
    costs = [""] * len(points)
    if with_costs:
        for found in counterfactuals(level, seed, actions, points, o):
            costs[points.index(found.point)] = found.line
    sources: list[str] = []
    cards = _cards(level, o, sources)
    sources += [u for u in spec.debrief.sources if u not in sources]
    return Debrief(
        title=spec.meta.title,
        score_name=spec.score.name,
        days=spec.player.days,
        seed=seed,
        path=o.scored_path or o.path,
        final=_final(level, o),
        final_tier=_tier_label(level, o.final_tier),
        summary=spec.debrief.summary,
        reveal=spec.debrief.reveal or "",
        goals=_goals(level, o),
        tiers=tuple(
            _tier_label(level, t) for t in sorted(o.tiers_reached, key=o.tiers_reached.get)
        ),
        perks_won=_perks_won(level, o),
        perks_lost=tuple(spec.label_of("perks", p) for p in o.perks_lost if p not in o.perks_held),
        restrictions=_restrictions(level, o),
        money=_money(o),
        points=points,
        costs=tuple(costs),
        evidence=tuple((EVIDENCE_LABELS[k], meaning) for k, meaning in EVIDENCE_MEANINGS),
        cards=tuple(cards),
        footnotes=tuple(sources),
        objectives=spec.meta.objectives,
        questions=spec.debrief.questions,
        invented_intro=spec.debrief.invented or "",
        invented=tuple(invented_numbers(level)),
        glossary=tuple(glossary_for(level)),
        society=spec.debrief.society,
        ledger=ledger_of(o),
        decimals=spec.score.decimals,
        states=state_labels(level),
        joined=o.joined,
        joined_on=o.joined_day or 0,
        invented_met=_invented_met(o),
        charted=rules_of(m for m in o.moves if m.day > (o.joined_day or 0)),
    )


UNNAMED = "This rule applies"
"""How a rule's threshold sentence starts: alone in a list it names no rule."""


def _joined(numbers: Sequence[InventedNumber]) -> tuple[InventedNumber, ...]:
    """The invented numbers as listed: a rule's 'This rule applies when ...' joined to the
    line before it from the same rule, so the list never shows a sentence naming no rule."""
    out: list[InventedNumber] = []
    for n in numbers:
        if n.sentence.startswith(UNNAMED) and out and out[-1].where == n.where:
            last = out[-1]
            out[-1] = replace(last, sentence=f"{last.sentence} {n.sentence}")
        else:
            out.append(n)
    return tuple(out)


def _invented_met(o: Outcome) -> frozenset[str]:
    """Each `kind id` (as `InventedNumber.where` names it) that the run reached."""
    reached = {
        "rule": set(o.rule_fires),
        "event": set(o.rule_fires) | set(o.bulletins),
        "tier": set(o.tiers_reached),
        "restriction": set(o.restrictions_applied),
        "perk": set(o.perks_gained),
        "prompt": {option for option, _ in o.answers.values()},
        "service": {sid for _, sid in o.services_used},
    }
    return frozenset(f"{kind} {ident}" for kind, ids in reached.items() for ident in ids)


INVENTED_MET = "Invented numbers you met in your run"
INVENTED_REST = "Other invented numbers in this level"


def invented_groups(doc: Debrief) -> list[tuple[str, tuple[InventedNumber, ...]]]:
    """The invented numbers as listed, under headings: those the run met, then the rest; one
    group with no heading when the run met none."""
    shown = _joined(doc.invented)
    met = tuple(n for n in shown if n.where in doc.invented_met)
    rest = tuple(n for n in shown if n.where not in doc.invented_met)
    if not met:
        return [("", rest)]
    return [(INVENTED_MET, met), (INVENTED_REST, rest)] if rest else [(INVENTED_MET, met)]


def _cards(level: Level, o: Outcome, sources: list[str]) -> list[CardView]:
    """The cards the run met first, each with its line; footnotes follow the shown order."""
    spec = level.spec
    cards = spec.debrief.cards
    states = state_labels(level)
    lines = met_lines(cards, spec, o, lambda delta: _met_change(delta, spec.score.decimals, states))
    order = met_first(cards, lines)
    shown = tuple(cards[i] for i in order)
    return card_views(shown, sources, tuple(lines[i] for i in order))


def with_cost(doc: Debrief, point: TurningPoint, line: str) -> Debrief:
    """The same debrief with one more counterfactual filled in."""
    costs = list(doc.costs)
    costs[doc.points.index(point)] = line
    return replace(doc, costs=tuple(costs))


def _signed(delta: int, decimals: int) -> str:
    value = f"{abs(delta) / 10**decimals:.{decimals}f}" if decimals else str(abs(delta))
    return f"{'+' if delta >= 0 else '-'}{value}"


def _met_change(delta: int, decimals: int, states: tuple[tuple[int, str], ...]) -> str:
    """A change in a card's line: '-15', or the state it leads to on a two-state score."""
    return state_reached(states, delta) if states else _signed(delta, decimals)


def _tier_label(level: Level, tier_id: str) -> str:
    return next((t.label for t in level.tiers if t.id == tier_id), tier_id)


def _final(level: Level, o: Outcome) -> str:
    """The score and its tier; a regime of two states (listed or not) is its state alone,
    since its 0 or 1 means nothing to the player; an opt-in score never joined is none."""
    score = level.spec.score
    if not o.joined:
        return f"{score.name}: none, you never joined"
    tier = _tier_label(level, o.final_tier)
    if two_states(level):
        return f"{score.name}: {tier}"
    return f"{score.name}: {score.shown(o.final_score)}, tier {tier}"


def _perks_won(level: Level, o: Outcome) -> tuple[str, ...]:
    """Perks gained during the run; one lost and won back says so, since it is held at the
    end and is not listed as lost."""
    out = []
    for perk, day in o.perks_gained.items():
        if not day:
            continue
        label = level.spec.label_of("perks", perk)
        if perk in o.perks_lost and perk in o.perks_held:
            label = noted(label, f"lost on day {o.perks_lost[perk]}, won back")
        out.append(label)
    return tuple(out)


def _restrictions(level: Level, o: Outcome) -> tuple[str, ...]:
    """Restrictions that ever applied; one lifted by the end says when."""
    out = []
    for restriction in o.restrictions_applied:
        label = level.spec.label_of("restrictions", restriction)
        lifted = o.restrictions_lifted.get(restriction)
        if lifted is not None and restriction not in o.restrictions_held:
            label = noted(label, f"lifted on day {lifted}")
        out.append(label)
    return tuple(out)


def noted(label: str, note: str) -> str:
    """A label with a note in brackets; a label that already ends in brackets takes the note
    inside them ('D-grade taxpayer (named, checked harder; lifted on day 6)'), never a
    second bracket group after the first."""
    if label.endswith(")"):
        return f"{label[:-1]}; {note})"
    return f"{label} ({note})"


def _money(o: Outcome, shown: int = 3) -> str:
    """Start and end money, and what most of it went on."""
    top = sorted(o.spent.items(), key=lambda kv: -kv[1])[:shown]
    most = "; ".join(f"{_unpriced(reason)}: {money_text(amount)}" for reason, amount in top)
    spent = f" Spent most on: {most}." if most else ""
    return f"Money: {money_text(o.money_start)} at the start, {money_text(o.money_end)} at the end.{spent}"


def _unpriced(reason: str) -> str:
    """A reason without the list price some service labels end with ("Pay the rent (600)",
    "Enrol Lele (high fees, 800)"): the amount paid follows it, and may differ; and without
    the engine's "Bought " before an item, which "Spent most on" already says."""
    return _LIST_PRICE.sub("", reason.rstrip(".")).rstrip(".").removeprefix("Bought ")


def _goals(level: Level, o: Outcome) -> tuple[GoalView, ...]:
    out = []
    for goal in level.spec.goals:
        state, day = o.goals.get(goal.id, ("failed", o.days))
        out.append(GoalView(goal.label, state == "met", day))
    return tuple(out)


ARROW = " \u2192 "
"""Between the tier a run started in and the tier it ended in."""


def tier_path(tiers: tuple[str, ...], final: str) -> str:
    """Where the run started and ended, and the other tiers it passed through (in the order
    first reached), so a dip and a climb back are named rather than read as a journey: the
    screen, the text and the exported page all say it this way."""
    if len(tiers) <= 1:
        return final
    others = [t for t in tiers if t not in (tiers[0], final)]
    also = f", passing through {', '.join(others)}" if others else ""
    if tiers[0] == final:
        return f"{final} at the start and at the end{also}"
    return f"{tiers[0]}{ARROW}{final}{also}"
