"""What a balance run measures: one summary per played episode, then shares per strategy.

Summaries are small plain data so worker processes can send them back cheaply and a
batch run compares equal to a sequential one.
"""

import textwrap
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from game.core import events as ev
from game.core.conditions import CHECKS, holds
from game.core.level import Level
from game.core.outcome import Outcome
from game.core.pricing import price_for
from game.core.spec.conditions import Condition
from game.core.spec.story import Goal
from game.core.world import World
from game.sim.runner import Episode

PERCENTILES = (10, 50, 90)

COLUMNS = """\
the table, one column per strategy (columns that do not fit in the terminal, or in 100
characters, go on in a block below):
  runs                     runs played per strategy (seeds S .. S+N-1)
  joined                   opt-in scores only (score.joined_if): share of runs that had a
                           score at the end; the score rows count those runs only
  score p10/p50/p90        the final score below which 10%, 50%, 90% of runs ended
                           (in the file's units: 486, where decimals: 2 shows 4.86)
  tier ID                  share of runs that EVER reached the tier, on any day
  tier ID first day        median first day the tier was held, over runs that reached it
                           (0: from the start)
  perk ID / restriction ID share of runs that held it at some point
  goal met ID              share of runs that met the goal
  first restriction day    median day a first restriction applied, over runs that got one
                           (1: from the start)
why, per strategy:
  rules that moved the score  per run: how often each rule (or event) changed the score,
                              and its total change, largest effect first (what landed: a
                              change cut short at score.min or max counts as far as it went)
  chosen most                 the actions bots took most, with how often per run
  goal ID missed in X%        and the most common reason: its failed_if came true, or the
                              checks of met_if that did not hold at the end (with the
                              refusal met on the way, the restrictions held that block
                              the service it needs, or 'never applied for', 'never
                              bought', 'never posted' when the bot never took the action,
                              with the price when it was more than the bot had at the end,
                              'unfriended' or 'never befriended' for a friend it needs)
--compare B.yaml: A and B columns under each strategy; * after a pair marks a measure that
  differs by 10 points of a share, 5% of the score range, or a day or more.
--set PATH=VALUES: one block per strategy, the table's rows with a column per value
  (rules.ID.delta=-10,-20,-40 or score.start=400:600:100); a list's entries go by id, or
  by place counted from 1 after a # (items.ID.price_if#1.price=5,10).
--csv FILE: one row per run: version (of this layout), strategy, seed, final_score
  (empty for a run that never joined an opt-in score), final_tier, joined (1 or 0),
  goals_met, goals_failed, tiers_reached, perks_held, restrictions_held (ids joined with
  ';'), first_restriction_day (empty: none; 1: from the start), actions (every action the
  bot took, ending each day included).
"""
"""What each line of `simulate`'s output means (its --help and docs/levels.md show it)."""


@dataclass(frozen=True)
class RunSummary:
    """One episode of one strategy, reduced to what the balance table and CSV need."""

    strategy: str
    seed: int
    final_score: int
    final_tier: str
    tiers_reached: frozenset[str]
    perks_held: frozenset[str]
    restrictions_held: frozenset[str]
    goals_met: tuple[str, ...]
    goals_failed: tuple[str, ...]
    first_restriction_day: int | None
    history: tuple[tuple[int, int], ...]
    actions: int
    rule_fires: tuple[tuple[str, int, int], ...] = ()
    """(rule or event id, times it changed the score, total change)."""
    chosen: tuple[str, ...] = ()
    """Each action taken, as "verb target" (ending the day left out)."""
    tier_days: tuple[tuple[str, int], ...] = ()
    """(tier id, the first day it was held; 0 from the start)."""
    goal_reasons: tuple[tuple[str, str], ...] = ()
    """(goal id, why it was missed) for each goal not met."""
    joined: bool = True
    """Whether the run had a score at the end (an opt-in score may never be joined)."""


def summarize(level: Level, strategy: str, episode: Episode) -> RunSummary:
    """Reduce an episode through its Outcome (the one reducer of what a run reached)."""
    o = episode.outcome
    goals = [g.id for g in level.spec.goals]
    missed = [g for g in level.spec.goals if g.id not in o.goals_met]
    return RunSummary(
        strategy=strategy,
        seed=episode.seed,
        final_score=o.final_score,
        final_tier=o.final_tier,
        tiers_reached=frozenset(o.tiers_reached),
        perks_held=frozenset(o.perks_gained),
        restrictions_held=frozenset(o.restrictions_applied),
        goals_met=tuple(g for g in goals if g in o.goals_met),
        goals_failed=tuple(g for g in goals if g not in o.goals_met),
        first_restriction_day=_first_day(o.first_restriction_day),
        history=o.path[1:],
        actions=len(episode.actions),
        rule_fires=tuple((r, n, total) for r, (n, total) in o.rule_fires.items()),
        chosen=_choice_labels(o, episode.events),
        tier_days=tuple(o.tiers_reached.items()),
        joined=o.joined,
        goal_reasons=tuple((g.id, miss_reason(g, o, episode.world)) for g in missed),
    )


def _choice_labels(outcome: Outcome, events: Sequence[ev.Event]) -> tuple[str, ...]:
    """Each choice as 'verb target'. A dispute's target is the number of the score change
    it contests, which means nothing to a designer: it is named by the rule behind it."""
    changed_by = {str(e.change_id): e.rule_id for e in events if isinstance(e, ev.ScoreChanged)}
    return tuple(
        f"{c.action.verb} {changed_by.get(c.action.target, c.action.target)}"
        if c.action.verb == "dispute"
        else f"{c.action.verb} {c.action.target}".strip()
        for c in outcome.choices
    )


def miss_reason(goal: Goal, outcome: Outcome, world: World) -> str:
    """Why a goal was missed, in the level's own words: its failed_if came true, or which
    checks of its met_if did not hold at the end, and the refusal met on the way, the
    restrictions that blocked the service it needs, or the action the bot never took."""
    state = outcome.goals.get(goal.id)
    failed_early = state is not None and state[0] == "failed" and state[1] < outcome.days
    if goal.failed_if is not None and (failed_early or holds(goal.failed_if, world)):
        return f"failed_if came true ({_checks(goal.failed_if)})"
    met_if = goal.met_if
    unmet = [
        f"{key}: {_value(getattr(met_if, key))}"
        for key in sorted(met_if.model_fields_set)
        if getattr(met_if, key) is not None and not CHECKS[key](world, getattr(met_if, key))
    ]
    reason = "not " + ", ".join(unmet) if unmet else "met_if did not hold when judged"
    targets = {str(getattr(met_if, k)) for k in met_if.model_fields_set}
    refused = Counter(r for _, action, r in outcome.refusals if action.split(" ")[-1] in targets)
    if refused:
        reason += f" (refused: {refused.most_common(1)[0][0]})"
    elif blocked := _blocking(met_if, outcome, world):
        reason += f" (blocked while {' and '.join(blocked)} {'was' if len(blocked) == 1 else 'were'} held)"
    elif untried := _never_tried(met_if, outcome, world) or _friend_gone(met_if, outcome, world):
        reason += f" ({untried})"
    return reason


def _friend_gone(met_if: Condition, outcome: Outcome, world: World) -> str | None:
    """Why a friend a goal needs was not a friend at the end: the bot cut them, or never
    added someone who was no friend at the start; a story effect may drop them too, so
    anything else is left unsaid."""
    cid = met_if.is_friend
    if cid is None or CHECKS["is_friend"](world, cid):
        return None
    took = {c.action.verb for c in outcome.choices if c.action.target == cid}
    if "unfriend" in took:
        return "unfriended"
    start = next((c for c in world.level.spec.characters if c.id == cid), None)
    if start is not None and not start.friend and "befriend" not in took:
        return "never befriended"
    return None


_VERB_OF_CHECK = {
    "used_service": ("apply", "never applied for"),
    "owns": ("buy", "never bought"),
    "posted": ("post", "never posted"),
}
"""Checks a bot meets only by taking one action, and what to say when it never took it."""


def _never_tried(met_if: Condition, outcome: Outcome, world: World) -> str | None:
    """Why a goal's action never happened: a bot takes only what the engine offers and what
    its strategy weighs above the rest, so 'never applied for' points at the weights, and a
    service's `requires` that did not hold points at the gate."""
    for key, (verb, words) in _VERB_OF_CHECK.items():
        target = getattr(met_if, key)
        if target is None or CHECKS[key](world, target):
            continue
        if any(c.action.verb == verb and c.action.target == target for c in outcome.choices):
            continue
        service = next((s for s in world.level.spec.services if s.id == target), None)
        gate = service.requires if key == "used_service" and service else None
        if gate is not None and not holds(gate, world):
            return f"{words}: its requires {_checks(gate)} did not hold"
        return _unaffordable(words, key, target, world)
    return None


def _unaffordable(words: str, key: str, target: str, world: World) -> str:
    """'never bought' or 'never applied for', with the price when it was more than the
    bot had at the end: a bot is offered only what it can pay for."""
    spec = world.level.spec
    entries = spec.services if key == "used_service" else spec.items if key == "owns" else ()
    entry = next((e for e in entries if e.id == target), None)
    if entry is None:
        return words
    price, _ = price_for(entry, world)
    if price <= world.money:
        return words
    return f"{words}: it costs {price}, more than the bot had at the end"


def _blocking(met_if: Condition, outcome: Outcome, world: World) -> list[str]:
    """Restrictions held in the run that block the service a goal needs: bots are offered only
    what the engine allows, so a blocked service shows no refusal, just an action not taken."""
    if met_if.used_service is None or met_if.used_service in world.used_services:
        return []
    service = next((s for s in world.level.spec.services if s.id == met_if.used_service), None)
    held = outcome.restrictions_applied
    return [r for r in service.blocked_by if r in held] if service else []


def _checks(condition: Condition) -> str:
    keys = sorted(k for k in condition.model_fields_set if getattr(condition, k) is not None)
    return ", ".join(f"{k}: {_value(getattr(condition, k))}" for k in keys)


def _value(value: object) -> str:
    return "[" + ", ".join(map(str, value)) + "]" if isinstance(value, tuple) else str(value)


def _first_day(day: int | None) -> int | None:
    """Held from the start counts as day 1 in the balance table."""
    return None if day is None else max(1, day)


@dataclass(frozen=True)
class StrategyStats:
    """Shares over all runs of one strategy, keyed by the level's ids in level order."""

    strategy: str
    runs: int
    score_percentiles: tuple[float | None, ...]
    """Over the runs that had a score at the end (None when none had one)."""
    tier_share: dict[str, float]
    perk_share: dict[str, float]
    restriction_share: dict[str, float]
    goal_share: dict[str, float]
    first_restriction_day: float | None
    """Median day of the first restriction, over the runs that got one (1: from the start),
    a median like each tier's first day, so a tier's restriction shows the same day."""
    tier_first_day: dict[str, float | None] | None = None
    """Median first day each tier was held, over the runs that held it (0: from the start)."""
    rule_effects: dict[str, tuple[float, float]] | None = None
    """Rule id to (times it fired per run, score change per run), largest effect first."""
    top_choices: tuple[tuple[str, float], ...] = ()
    """The actions chosen most, with how often per run."""
    goal_misses: dict[str, tuple[float, str]] | None = None
    """Goal id to (share of runs missing it, the most common reason)."""
    joined_share: float | None = None
    """Share of runs that had a score at the end, for an opt-in score; None otherwise."""


def aggregate(level: Level, strategy: str, runs: Sequence[RunSummary]) -> StrategyStats:
    """Percentiles of the final score and the share of runs reaching or holding each thing."""
    n = len(runs)

    def share(ids: Sequence[str], held: str) -> dict[str, float]:
        return {i: sum(i in getattr(r, held) for r in runs) / n for i in ids}

    spec = level.spec
    days = [r.first_restriction_day for r in runs if r.first_restriction_day is not None]
    scores = np.array([r.final_score for r in runs if r.joined], dtype=float)
    cuts = np.percentile(scores, PERCENTILES) if scores.size else [None] * len(PERCENTILES)
    return StrategyStats(
        strategy=strategy,
        runs=n,
        score_percentiles=tuple(None if p is None else float(p) for p in cuts),
        tier_share=share([t.id for t in level.tiers], "tiers_reached"),
        perk_share=share([p.id for p in spec.perks], "perks_held"),
        restriction_share=share([r.id for r in spec.restrictions], "restrictions_held"),
        goal_share=share([g.id for g in spec.goals], "goals_met"),
        first_restriction_day=float(np.median(days)) if days else None,
        tier_first_day=_tier_days([t.id for t in level.tiers], runs),
        rule_effects=_rule_effects(runs),
        top_choices=_top_choices(runs),
        goal_misses=_goal_misses([g.id for g in spec.goals], runs),
        joined_share=sum(r.joined for r in runs) / n if spec.score.joined_if else None,
    )


TOP_CHOICES = 5
"""How many of the most chosen actions the explanation lists per strategy."""


def _tier_days(tiers: Sequence[str], runs: Sequence[RunSummary]) -> dict[str, float | None]:
    out: dict[str, float | None] = {}
    for tier in tiers:
        days = [day for r in runs for t, day in r.tier_days if t == tier]
        out[tier] = float(np.median(days)) if days else None
    return out


def _rule_effects(runs: Sequence[RunSummary]) -> dict[str, tuple[float, float]]:
    times: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    for r in runs:
        for rule, n, total in r.rule_fires:
            times[rule] += n
            totals[rule] += total
    n = len(runs)
    order = sorted(times, key=lambda rule: (-abs(totals[rule]), rule))
    return {rule: (times[rule] / n, totals[rule] / n) for rule in order}


def _top_choices(runs: Sequence[RunSummary]) -> tuple[tuple[str, float], ...]:
    counts = Counter(c for r in runs for c in r.chosen)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_CHOICES]
    return tuple((label, count / len(runs)) for label, count in ranked)


def _goal_misses(goals: Sequence[str], runs: Sequence[RunSummary]) -> dict[str, tuple[float, str]]:
    out = {}
    for goal in goals:
        reasons = Counter(why for r in runs for g, why in r.goal_reasons if g == goal)
        if reasons:
            reason, _ = sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0]))[0]
            out[goal] = (sum(reasons.values()) / len(runs), reason)
    return out


@dataclass(frozen=True)
class Row:
    """One measure of the balance table, a number per column, and how to print it."""

    label: str
    values: tuple[float | None, ...]
    kind: str
    """count, score, share (0-1) or day."""


def table_rows(stats: Sequence[StrategyStats]) -> list[Row]:
    """The measures of the balance table, in the order they are printed."""
    rows = [Row("runs", tuple(float(s.runs) for s in stats), "count")]
    if stats[0].joined_share is not None:
        rows.append(Row("joined", tuple(s.joined_share for s in stats), "share"))
    for i, p in enumerate(PERCENTILES):
        rows.append(Row(f"score p{p}", tuple(s.score_percentiles[i] for s in stats), "score"))
    for tier in stats[0].tier_share:
        rows.append(Row(f"tier {tier}", tuple(s.tier_share[tier] for s in stats), "share"))
        days = tuple((s.tier_first_day or {}).get(tier) for s in stats)
        rows.append(Row(f"tier {tier} first day", days, "day"))
    sections = (("perk", "perk_share"), ("restriction", "restriction_share"))
    for label, attr in (*sections, ("goal met", "goal_share")):
        for key in getattr(stats[0], attr):
            values = tuple(getattr(s, attr)[key] for s in stats)
            rows.append(Row(f"{label} {key}", values, "share"))
    days = tuple(s.first_restriction_day for s in stats)
    rows.append(Row("first restriction day", days, "day"))
    return rows


def cell(value: float | None, kind: str) -> str:
    """One table cell as printed."""
    if value is None:
        return "none" if kind == "day" else "-"
    if kind == "share":
        return f"{value:.0%}"
    if kind == "day":
        return f"{value:.1f}"
    return f"{value:.0f}"


WIDTH = 100
"""Characters per line `simulate` fits its output in, at most: an 80-100 column terminal
shows it unwrapped (the command passes the terminal's width when it is narrower)."""
GAP = "  "


def format_table(stats: Sequence[StrategyStats], width: int = WIDTH) -> str:
    """One column per strategy, one row per measure, aligned for a terminal; strategies
    that do not fit in `width` go on in a block below, with the row names again."""
    if not stats:
        return ""
    rows = [(r.label, [cell(v, r.kind) for v in r.values]) for r in table_rows(stats)]
    return align([("", [s.strategy for s in stats])], rows, width)


def align(
    header: list[tuple[str, list[str]]], rows: list[tuple[str, list[str]]], width: int = WIDTH
) -> str:
    """Labels left, values right, columns as wide as their widest cell. Columns that do not
    fit in `width` next to the labels are split into as few blocks as fit, about as wide
    each (a blank line between), each starting with the header lines."""
    table = [*header, *rows]
    label_width = max(len(label) for label, _ in table)
    cols = [max(len(r[1][c]) for r in table) for c in range(len(header[0][1]))]
    blocks = _blocks(cols, width - label_width)
    return "\n\n".join(
        "\n".join(
            GAP.join(
                [label.ljust(label_width), *(values[c].rjust(cols[c]) for c in block)]
            ).rstrip()
            for label, values in table
        )
        for block in blocks
    )


def _blocks(cols: list[int], room: int) -> list[list[int]]:
    """Column indices in consecutive blocks whose columns (each after a gap) fit in `room`:
    as few blocks as the columns allow, evened out when even blocks fit too; a column too
    wide for any block gets one of its own."""
    greedy: list[list[int]] = [[]]
    used = 0
    for c, w in enumerate(cols):
        if greedy[-1] and used + len(GAP) + w > room:
            greedy.append([])
            used = 0
        greedy[-1].append(c)
        used += len(GAP) + w
    per = -(-len(cols) // len(greedy))  # ceiling division
    even = [list(range(i, min(i + per, len(cols)))) for i in range(0, len(cols), per or 1)]
    fits = all(sum(len(GAP) + cols[c] for c in block) <= room for block in even)
    return even if fits and len(even) == len(greedy) else greedy


SHARE_NOTICE = 0.10
"""A share differs noticeably from 10 points."""
SCORE_NOTICE = 0.05
"""A score differs noticeably from 5% of the score range."""
DAY_NOTICE = 1.0


def differs(a: float | None, b: float | None, kind: str, span: float) -> bool:
    """True when two values of a measure differ enough for a designer to look."""
    if kind == "count":
        return False
    if a is None or b is None:
        return a is not b
    limit = {"share": SHARE_NOTICE, "score": SCORE_NOTICE * span, "day": DAY_NOTICE}[kind]
    return abs(a - b) >= limit - 1e-9


def format_compare(
    a: Sequence[StrategyStats], b: Sequence[StrategyStats], span: float, width: int = WIDTH
) -> str:
    """A and B side by side under each strategy's name; '*' after a pair marks a measure
    that differs noticeably for that strategy. Strategies that do not fit in `width` go on
    in a block below."""
    rows_a, rows_b = table_rows(a), table_rows(b)
    by_label = {r.label: r for r in rows_b}
    labels = [r.label for r in rows_a]
    pairs: list[tuple[str, list[str], list[str], list[bool]]] = []
    rows = rows_a + [r for r in rows_b if r.label not in labels]
    for i, s in enumerate(a):
        cells_a, cells_b, marks = [], [], []
        for ra in rows:
            rb = by_label.get(ra.label)
            va = ra.values[i] if ra.label in labels else None
            vb = rb.values[i] if rb is not None else None
            cells_a.append(cell(va, ra.kind))
            cells_b.append(cell(vb, ra.kind))
            marks.append(differs(va, vb, ra.kind, span))
        pairs.append((s.strategy, cells_a, cells_b, marks))
    columns = []
    for name, cells_a, cells_b, marks in pairs:
        wa = max(len("A"), *map(len, cells_a))
        wb = max(len("B"), *map(len, cells_b))
        body = [
            f"{ca:>{wa}}{GAP}{cb:>{wb}} {'*' if m else ' '}"
            for ca, cb, m in zip(cells_a, cells_b, marks, strict=True)
        ]
        columns.append([f"{name:>{wa + len(GAP) + wb}}  ", f"{'A':>{wa}}{GAP}{'B':>{wb}}  ", *body])
    header = [("", [c[0] for c in columns]), ("", [c[1] for c in columns])]
    table = [(r.label, [c[2 + j] for c in columns]) for j, r in enumerate(rows)]
    legend = (
        f"* after B: A and B differ by {SHARE_NOTICE * 100:g} points of a share, "
        f"{SCORE_NOTICE * span:g} in score ({SCORE_NOTICE:.0%} of the range) or "
        f"{DAY_NOTICE:g} day or more"
    )
    return align(header, table, width) + "\n" + _wrapped(legend, width)


def format_sweep(
    path: str,
    values: Sequence[float],
    strategies: Sequence[str],
    per_value: Sequence[Sequence[StrategyStats]],
    width: int = WIDTH,
) -> str:
    """One block per strategy: the measures of the balance table as rows, a column per
    value of the swept number (values that do not fit in `width` go on below)."""
    out = []
    for i, name in enumerate(strategies):
        stats = [row[i] for row in per_value]
        measures = [r for r in table_rows(stats) if r.kind != "count"]
        header = [(f"{path} =", [str(v) for v in values])]
        rows = [(r.label, [cell(v, r.kind) for v in r.values]) for r in measures]
        out.append(f"{name}:\n" + align(header, rows, width))
    return "\n\n".join(out)


def format_why(stats: Sequence[StrategyStats], width: int = WIDTH) -> str:
    """Per strategy: the rules that moved the score, the actions chosen most, and why each
    missed goal was missed; long lines wrap to `width`, indented under their first."""
    out = []
    for s in stats:
        out.append(f"why: {s.strategy}")
        effects = list((s.rule_effects or {}).items())
        out.append("  rules that moved the score (per run: times fired, total change):")
        width_ids = max([28, *(len(rule) for rule, _ in effects)])  # ids run to 48 characters
        out += [f"    {rule:<{width_ids}} {n:5.1f}x  {total:+7.1f}" for rule, (n, total) in effects]
        if not effects:
            out.append("    none")
        chosen = [f"{label} ({n:.1f})" for label, n in s.top_choices] or ["none"]
        out.append(_wrapped("  chosen most (per run): " + "\xa0".join(chosen), width))
        for goal, (share, reason) in (s.goal_misses or {}).items():
            out.append(_wrapped(f"  goal {goal} missed in {share:.0%}: mostly {reason}", width))
    return "\n".join(out)


def _wrapped(line: str, width: int) -> str:
    """A line of the explanation broken at spaces to fit `width`, later lines indented; a
    no-break space marks where a list's items meet (a comma and a space when printed), so
    the actions chosen most break between actions only."""
    if "\xa0" in line:
        head, _, rest = line.partition(": ")
        items = rest.split("\xa0")
        words = [f"{head}:", *(i.replace(" ", "\xa0") + "," for i in items)]
        words[-1] = words[-1].removesuffix(",")
        line = " ".join(words)
    text = textwrap.fill(
        line,
        width,
        subsequent_indent="      ",
        break_long_words=False,
        break_on_hyphens=False,
    )
    return text.replace("\xa0", " ")


def _day(value: float | None) -> str:
    return "none" if value is None else f"{value:.1f}"


CSV_VERSION = 2
"""Carried in the CSV's first column so readers can refuse a newer layout (2: joined, and
no final_score for a run that never joined an opt-in score)."""
CSV_FIELDS = (
    "version",
    "strategy",
    "seed",
    "final_score",
    "final_tier",
    "joined",
    "goals_met",
    "goals_failed",
    "first_restriction_day",
    "tiers_reached",
    "perks_held",
    "restrictions_held",
    "actions",
)


def csv_row(run: RunSummary) -> dict[str, object]:
    """One CSV row; sets are sorted and joined with ';' so rows are stable across runs."""
    return {
        "version": CSV_VERSION,
        "strategy": run.strategy,
        "seed": run.seed,
        "final_score": run.final_score if run.joined else "",
        "final_tier": run.final_tier,
        "joined": int(run.joined),
        "goals_met": ";".join(run.goals_met),
        "goals_failed": ";".join(run.goals_failed),
        "first_restriction_day": ""
        if run.first_restriction_day is None
        else run.first_restriction_day,
        "tiers_reached": ";".join(sorted(run.tiers_reached)),
        "perks_held": ";".join(sorted(run.perks_held)),
        "restrictions_held": ";".join(sorted(run.restrictions_held)),
        "actions": run.actions,
    }
