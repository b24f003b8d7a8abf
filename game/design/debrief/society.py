"""The level's rules over a whole invented population, in words and as an SVG chart: what the
game's society view (game/ui/society_view.py) shows, for the exported page.

```python
result = society_of(level, seed)            # the run the game's view animates, to its end
society_html(level, result, "you (4.85)")   # key, dot chart, two curves and measures in words
```
Both the view and the page read the same `SocietyResult` numbers and say them in the same
sentences (`speech_sentence`, `assort_sentence`), so the lesson reads the same in both.
"""

from __future__ import annotations

from html import escape

import numpy as np

from game.core.level import Level
from game.core.spec.society import SocietyWords
from game.design.debrief.cards import EVIDENCE_LABELS
from game.sim.society import SocietyResult, society_days
from game.sim.society.chart import STATUS, TIER_COLOURS, few_points, tier_words

POPULATION = 10_000
"""Citizens in the modelled town, in the game's view and on the page."""
DOTS = 100
"""Dots in each row of the page's chart: each stands for one in a hundred citizens."""
PER_LINE = 50
"""Dots on each line of a row: two lines of 50 leave each dot big enough to see its colour."""
OUTSIDER = "You never joined, so you are not among them"
"""Said instead of a ringed dot when the player never had a score."""

WIDTH = 760
"""The dot chart's width in SVG pixels (the page's column is about this wide)."""
CURVE_W, CURVE_H = 360, 150
LABEL_W = 86
"""Room left of each row of dots for its day ("Day 60")."""
LETTER = 12 * 0.62
"""A letter of 12 px text at most, in SVG pixels, for laying out the legend's rows."""


def society_of(level: Level, seed: int, citizens: int = POPULATION) -> SocietyResult:
    """The run the game's society view animates (same level, size, days and seed), computed
    to its end in one go: a few tenths of a second at 10,000 citizens."""
    society = None
    for step in society_days(level, citizens, level.spec.society.days, seed):
        society = step if step is not None else society
    assert society is not None and society.done
    return society.result(seed)


def ring_label(level: Level, score: int, marker: str = "You", show_score: bool = True) -> str:
    """'You (512)': who the ringed dot is and the score it marks, as the player saw it (its
    tier's name where the regime showed tiers only; no number where scores were hidden)."""
    if not show_score:
        return marker
    if level.spec.score.display == "tier":
        return f"{marker} ({level.tier_for(score).label})"
    return f"{marker} ({level.spec.score.shown(score)})"


def how_to_read(level: Level, ring: str | None, citizens: int = POPULATION) -> str:
    """The game view's key in words: what a dot, a line, the ring and the two charts are, and
    that the population is invented (with its evidence label). `ring` is the ringed dot in
    words ('you (512)'); None when the player never joined."""
    words = level.spec.society.words
    few = few_points(level)
    place = f"as {tier_words(level)[1]}" if few else "by score, low on the left"
    you = f"The ringed dot is {ring}." if ring else f"{OUTSIDER}."
    return (
        f"How to read it: each dot is one of {citizens:,} {words.members} under these rules, "
        f"placed {place}. Faint lines join {words.ties}. {you} One chart below shows how many "
        f"are still {words.critical}. The other shows how much {words.ties} share a "
        f"{STATUS if few else 'score'}. These {words.members} and their habits are invented "
        f"[{EVIDENCE_LABELS['game']}]."
    )


def speech_sentence(r: SocietyResult, when: str = "now") -> str:
    """The first curve's sentence: 'Posting critically: 20% of citizens at the start, 2% now'
    (the page, which does not move, says 'on day 60' for 'now')."""
    return speech_words(r.members, float(r.critical_share[0]), float(r.critical_share[-1]), when)


def speech_words(who: SocietyWords, first: float, now: float, when: str = "now") -> str:
    """`speech_sentence` from its numbers (the view lays itself out for the widest, 100%)."""
    doing = who.critical[:1].upper() + who.critical[1:]
    return f"{doing}: {first:.0%} of {who.members} at the start, {now:.0%} {when}."


def assort_sentence(r: SocietyResult, few: bool = False, when: str = "now") -> str:
    """The second curve's sentence: how much ties share a score, from 0 (mixed) to 1."""
    return assort_words(r.members, float(r.assortativity[-1]), few, when)


def assort_words(who: SocietyWords, now: float, few: bool = False, when: str = "now") -> str:
    """`assort_sentence` from its number."""
    shared = STATUS if few else "score"
    share = max(now, 0.0)
    return f"How much {who.ties} share a {shared}: {share:.2f} {when} (0: mixed, 1: only equals)."


# the exported page ----------------------------------------------------------------------
def society_html(
    level: Level, result: SocietyResult, ring: str | None, score: int | None = None
) -> str:
    """The page's society chart: its key in words, a row of dots for the start and one for the
    last day (each dot one in a hundred, coloured by tier, low tiers on the left, a dot of the
    tier `score` ended in ringed and labelled `ring`), the two curves the game draws with its
    sentences, and the measures in words. `ring` and `score` are None when the player never
    joined."""
    who = result.members
    days = result.days
    tiers = _tiers(level, result)
    when = f"on day {days}"
    return (
        f'<p class="key"><i>{escape(_page_key(level, result, ring))}</i></p>'
        f'<figure class="society">{_dots_svg(level, result, tiers, ring, score)}'
        f"<figcaption>{escape(who.title)} {escape(tier_words(level)[1])} at the start and "
        f"after day {days}: "
        f"each dot is {result.citizens // DOTS:,} {escape(who.members)}.</figcaption></figure>"
        '<div class="curves">'
        + _curve_figure(
            speech_sentence(result, when),
            result.critical_share,
            _speech_top(result),
            "percent",
            days,
        )
        + _curve_figure(
            assort_sentence(result, few_points(level), when),
            result.assortativity,
            1.0,
            "ratio",
            days,
        )
        + "</div>"
        + f"<h3>The measures in words</h3>{_measures(level, result, tiers)}"
    )


def _page_key(level: Level, result: SocietyResult, ring: str | None) -> str:
    """The page's key: the same lesson as the game's, for rows of dots instead of one dot
    each."""
    words, days = result.members, result.days
    few = few_points(level)
    tier, _ = tier_words(level)
    where = "is where you ended" if few else "sits in the tier where you ended"
    you = f"The ringed dot {where}, {ring}." if ring else f"{OUTSIDER}: no dot is ringed."
    colours = (
        f"coloured by {tier}, low tiers on the left"
        if not few
        else f"coloured by {tier} ({tier_words(level)[1]})"
    )
    return (
        f"How to read it: the same rules as your game, run over {result.citizens:,} "
        f"{words.members} for {days} days. Each dot stands for {result.citizens // DOTS:,} of "
        f"them, {colours}: the dots marked Start show the start, "
        f"those marked Day {days} the end. {you} Each line below follows one measure day by day, from day 0 on "
        f"the left to day {days} on the right: how many are still {words.critical}, and how "
        f"much {words.ties} share a {STATUS if few else 'score'}. These {words.members} and "
        f"their habits are invented [{EVIDENCE_LABELS['game']}]."
    )


def _tiers(level: Level, result: SocietyResult) -> list[tuple[str, str, int]]:
    """(label, colour, column in the result) for each tier, lowest first, as the game's view
    colours them."""
    column = {t: i for i, t in enumerate(result.tier_ids)}
    out = []
    for k, tier in enumerate(level.tiers):
        if tier.id in column:
            colour = TIER_COLOURS[min(k, len(TIER_COLOURS) - 1)]
            out.append((tier.label, colour, column[tier.id]))
    return out


def dot_counts(shares: np.ndarray) -> list[int]:
    """Shares (summing to 1) as whole dots out of DOTS, largest remainders rounded up, so
    the row always holds DOTS dots and a tier of any citizens at all keeps at least its
    rounded share."""
    raw = np.clip(np.nan_to_num(shares.astype(float)), 0, None) * DOTS
    total = raw.sum()
    if total <= 0:
        return [0] * len(raw)
    raw = raw * DOTS / total
    counts = np.floor(raw).astype(int)
    for i in np.argsort(-(raw - counts), kind="stable")[: DOTS - int(counts.sum())]:
        counts[i] += 1
    return [int(c) for c in counts]


def _dots_svg(
    level: Level,
    result: SocietyResult,
    tiers: list[tuple[str, str, int]],
    ring: str | None,
    score: int | None,
) -> str:
    pitch = (WIDTH - LABEL_W - 8) / PER_LINE
    parts, y = _legend(tiers)
    rows = [("Start", result.tier_share[0]), (f"Day {result.days}", result.tier_share[-1])]
    counts: list[int] = []
    top = y
    for name, shares in rows:
        top = y + 4
        parts.append(f'<text x="0" y="{top + pitch * 0.5 + 4:.0f}">{escape(name)}</text>')
        counts = dot_counts(np.array([shares[col] for _, _, col in tiers]))
        colours = [c for (_, c, _), n in zip(tiers, counts, strict=True) for _ in range(n)]
        for i, colour in enumerate(colours):
            cx, cy = _dot_at(i, top, pitch)
            parts.append(
                f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="{pitch * 0.38:.1f}" fill="{colour}"/>'
            )
        y = top + pitch * (DOTS // PER_LINE) + 10
    bottom = y
    if ring is not None and score is not None:
        mine = _tier_index(level, tiers, score)
        # the middle dot of your tier's run on the last day (where it would start, if empty)
        cx, cy = _dot_at(sum(counts[:mine]) + max(counts[mine] - 1, 0) // 2, top, pitch)
        anchor = "start" if cx < WIDTH / 3 else "end" if cx > WIDTH * 2 / 3 else "middle"
        parts.append(
            f'<circle class="ring" cx="{cx:.1f}" cy="{cy:.1f}" r="{pitch * 0.72:.1f}" '
            'fill="none" stroke="#1a1a1a" stroke-width="2.5"/>'
        )
        parts.append(
            f'<text class="you" x="{cx:.1f}" y="{y + 8:.0f}" text-anchor="{anchor}">'
            f"{escape(ring)}</text>"
        )
        bottom = y + 14
    title = f"{result.members.title} {tier_words(level)[1]}, at the start and on day {result.days}"
    return (
        f'<svg class="chart dots" viewBox="0 0 {WIDTH} {bottom + 4:.0f}" role="img" '
        f'aria-label="{escape(title)}"><title>{escape(title)}</title>{"".join(parts)}</svg>'
    )


def _dot_at(i: int, top: float, pitch: float) -> tuple[float, float]:
    """The centre of dot `i` of a row that starts at `top`, PER_LINE dots a line."""
    return LABEL_W + pitch * (i % PER_LINE + 0.5), top + pitch * (i // PER_LINE + 0.5)


def _tier_index(level: Level, tiers: list[tuple[str, str, int]], score: int) -> int:
    """Where the tier of `score` stands in `tiers` (lowest first)."""
    label = level.tier_for(score).label
    return next((k for k, (name, _, _) in enumerate(tiers) if name == label), 0)


def _legend(tiers: list[tuple[str, str, int]]) -> tuple[list[str], float]:
    """A swatch and name for each tier, in as many rows as the width needs; returns the
    parts and where the rows of dots may start."""
    parts: list[str] = []
    x, y = 0.0, 12.0
    for label, colour, _ in tiers:
        width = 16 + len(label) * LETTER + 18
        if x and x + width > WIDTH:
            x, y = 0.0, y + 20
        parts.append(f'<rect x="{x:.0f}" y="{y - 10:.0f}" width="11" height="11" fill="{colour}"/>')
        parts.append(f'<text x="{x + 16:.0f}" y="{y:.0f}">{escape(label)}</text>')
        x += width
    return parts, y + 8


def _speech_top(result: SocietyResult) -> float:
    """The top of the speech curve's scale, as the game's view sets it."""
    return max(0.05, float(np.nanmax(result.critical_share)) * 1.15)


def _curve_figure(sentence: str, values: np.ndarray, top: float, kind: str, days: int) -> str:
    """One measure day by day as a line, under the sentence the game shows with it (text of
    the page, so it wraps at any width)."""
    left, right, upper, lower = 44, CURVE_W - 8, 8, CURVE_H - 26
    finite = np.nan_to_num(values.astype(float), nan=0.0)
    xs = left + np.arange(finite.size) / max(days, 1) * (right - left)
    ys = lower - np.clip(finite / top, 0, 1) * (lower - upper)
    points = " ".join(f"{x:.1f},{y:.1f}" for x, y in zip(xs, ys, strict=True))
    high = f"{top:.0%}" if kind == "percent" else "1"
    low = "0%" if kind == "percent" else "0"
    svg = (
        f'<svg class="chart curve" viewBox="0 0 {CURVE_W} {CURVE_H}" role="img" '
        f'aria-label="{escape(sentence)}">'
        f'<rect x="{left}" y="{upper}" width="{right - left}" height="{lower - upper}" '
        'fill="none" stroke="#999"/>'
        f'<polyline points="{points}" fill="none" stroke="#b3261e" stroke-width="2.5"/>'
        f'<text x="{left - 4}" y="{upper + 10}" text-anchor="end">{high}</text>'
        f'<text x="{left - 4}" y="{lower}" text-anchor="end">{low}</text>'
        f'<text x="{left}" y="{CURVE_H - 8}">Day 0</text>'
        f'<text x="{right}" y="{CURVE_H - 8}" text-anchor="end">Day {days}</text></svg>'
    )
    return f"<figure><figcaption>{escape(sentence)}</figcaption>{svg}</figure>"


def _measures(level: Level, result: SocietyResult, tiers: list[tuple[str, str, int]]) -> str:
    lines = measure_lines(level, result)
    return "<ul>" + "".join(f"<li>{escape(line)}</li>" for line in lines) + "</ul>"


def measure_lines(level: Level, result: SocietyResult) -> list[str]:
    """What the chart shows, one measure a line (the page's list and the text debrief): the
    two curves' sentences, then each tier's share at the start and at the end."""
    days, who = result.days, result.members.members
    when = f"on day {days}"
    lines = [speech_sentence(result, when), assort_sentence(result, few_points(level), when)]
    for label, _, col in _tiers(level, result):
        start, end = result.tier_share[0][col], result.tier_share[-1][col]
        lines.append(f"{label}: {start:.0%} of {who} at the start, {end:.0%} on day {days}.")
    return lines
