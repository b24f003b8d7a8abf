"""`simulate`'s printed output: the balance table (in blocks that fit the terminal), the
`--compare` and `--set` tables, the reasons per strategy, and what each line means."""

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

from game.sim.stats import PERCENTILES, StrategyStats

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


COMPARE_HELP = """\
--compare B.yaml prints, after the table, per strategy "why they differ", from the two
  versions' own runs:
  rules that moved most      per run, A -> B: how often the rule changed the score and its
                             total change, with B minus A; the largest moves first, then how
                             many more moved less
  fires only in A / B        rules (or events) that changed the score in one version only
  goal ID                    a goal whose met share or most common reason for a miss changed
  one line says so when no rule, goal or reason differs; --why adds each version's full
  "why" lists (the rules, the actions chosen most and the goals missed, for A then for B).
"""
"""How `simulate --compare` explains a difference (its --help shows it after COLUMNS)."""

MOVED_SHOWN = 5
"""Rules listed per strategy under 'rules that moved most'; the rest are counted."""


def format_differences(
    a: Sequence[StrategyStats], b: Sequence[StrategyStats], width: int = WIDTH
) -> str:
    """Per strategy, what differs between the runs of A and of B, read from the two runs'
    statistics alone: the rules whose firings or per-run change moved most, the rules that
    fire in one version only, and the goals whose met share or main reason for a miss
    changed; one line for a strategy where none of these differ."""
    out = []
    for sa, sb in zip(a, b, strict=True):
        lines = _rule_moves(sa.rule_effects or {}, sb.rule_effects or {}, width)
        lines += _goal_changes(sa, sb, width)
        if lines:
            out += [f"why they differ: {sa.strategy}", *lines]
        else:
            same = f"why they differ: {sa.strategy}: no difference in rules, goals or reasons for a miss"
            out.append(_wrapped(same, width))
    return "\n".join(out)


def _rule_moves(
    a: dict[str, tuple[float, float]], b: dict[str, tuple[float, float]], width: int
) -> list[str]:
    both = [r for r in a if r in b]
    moved = [
        (rule, a[rule], b[rule])
        for rule in both
        if _one(a[rule][0]) != _one(b[rule][0]) or _one(a[rule][1]) != _one(b[rule][1])
    ]
    moved.sort(key=lambda m: (-abs(m[2][1] - m[1][1]), -abs(m[2][0] - m[1][0]), m[0]))
    out = []
    if moved:
        header = "  rules that moved most, per run (fired A -> B, score change A -> B):"
        out.append(_wrapped(header, width))
        rows = [
            (
                rule,
                f"{na:.1f}x",
                f"{nb:.1f}x",
                _by(na, nb, "x"),
                f"{ta:+.1f}",
                f"{tb:+.1f}",
                _by(ta, tb),
            )
            for rule, (na, ta), (nb, tb) in moved[:MOVED_SHOWN]
        ]
        w = [max(len(row[c]) for row in rows) for c in range(7)]
        for r in rows:
            fired = f"    {r[0]:<{w[0]}}  {r[1]:>{w[1]}} -> {r[2]:>{w[2]}} {r[3]:<{w[3]}}"
            change = f"{r[4]:>{w[4]}} -> {r[5]:>{w[5]}} {r[6]}"
            if len(fired) + 3 + len(change) <= width:
                out.append(f"{fired}   {change}")
            elif len(fired.rstrip()) <= width:  # a long rule id: the change goes below
                out += [fired.rstrip(), f"      score change {change.strip()}"]
            else:  # longer still: the id on a line of its own, each figure below it
                times = f"{r[1]} -> {r[2]} {r[3]}"
                out += [
                    f"    {r[0]}",
                    f"      fired {times}",
                    f"      score change {change.strip()}",
                ]
        if len(moved) > MOVED_SHOWN:
            more = len(moved) - MOVED_SHOWN
            out.append(f"    and {more} more rule{'s' if more != 1 else ''} moved less")
    for side, mine, other in (("A", a, b), ("B", b, a)):
        only = [
            f"{rule} ({n:.1f}x, {total:+.1f})"
            for rule, (n, total) in mine.items()
            if rule not in other
        ]
        if only:
            line = f"  fires only in {side} (per run): " + "\xa0".join(only)
            out.append(_wrapped(line, width))
    return out


def _goal_changes(a: StrategyStats, b: StrategyStats, width: int) -> list[str]:
    out = []
    misses_a, misses_b = a.goal_misses or {}, b.goal_misses or {}
    for goal in dict.fromkeys([*a.goal_share, *b.goal_share]):
        met_a, met_b = a.goal_share.get(goal), b.goal_share.get(goal)
        why_a = misses_a.get(goal, (0.0, ""))[1]
        why_b = misses_b.get(goal, (0.0, ""))[1]
        parts = []
        if cell(met_a, "share") != cell(met_b, "share"):
            parts.append(f"met in {cell(met_a, 'share')} -> {cell(met_b, 'share')} of runs")
        if why_a and why_b and why_a != why_b:
            parts.append(f"most common reason for a miss, A: {why_a}; B: {why_b}")
        if parts:
            out.append(_wrapped(f"  goal {goal}: " + "; ".join(parts), width))
    return out


def _by(a: float, b: float, unit: str = "") -> str:
    """B minus A as printed, from the figures as shown (one decimal): '(+15.5)' or '(same)'."""
    step = round(b, 1) - round(a, 1)
    return "(same)" if abs(step) < 0.05 else f"({step:+.1f}{unit})"


def _one(value: float) -> str:
    """A per-run figure as printed (one decimal): smaller moves are noise to a designer."""
    return f"{value:.1f}"
