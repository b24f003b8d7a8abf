"""The score over the run as a chart: a fitted axis, tier lines with labels, the day-0 start.

`fit_axis` is shared by the game's chart (game.ui.dial) and the HTML page (`chart_svg`), so
both show the same window onto the score.
"""

import math
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from game.core.level import Level
from game.design.debrief.states import state_labels

SVG_WIDTH, SVG_HEIGHT = 640, 260
TICK_EM = 12 * 0.62
"""A tick label's letter at most, in the SVG's pixels (12 px text, as the page styles it: a
sans letter is 0.5-0.6 em wide), so the room left of the chart holds "Not listed" whole."""


@dataclass(frozen=True)
class Axis:
    """The score range a chart shows, its tick values and the tier lines inside it."""

    lo: int
    hi: int
    ticks: tuple[int, ...]
    tiers: tuple[tuple[int, str], ...]
    """(threshold, tier label) for each tier line inside the range."""


def fit_axis(level: Level, path: tuple[tuple[int, int], ...] | list[tuple[int, int]]) -> Axis:
    """A range just around the scores reached (with the nearest tier lines), inside the
    score's limits, so a run that moved 20 points on a 1000-point scale still shows its shape."""
    score = level.spec.score
    values = [s for _, s in path] or [score.start]
    lo, hi = min(values), max(values)
    span = max(hi - lo, (score.max - score.min) // 20, 1)
    lo, hi = lo - span // 4, hi + span // 4
    near = [t.min for t in level.tiers if lo - span <= t.min <= hi + span and t.min > score.min]
    lo, hi = min([lo, *near]), max([hi, *near])
    lo, hi = max(score.min, lo), min(score.max, hi)
    if hi <= lo:
        lo, hi = score.min, max(score.max, score.min + 1)
    step = _nice_step((hi - lo) / 4)
    lo, hi = max(score.min, _floor(lo, step)), min(score.max, _ceil(hi, step))
    ticks = tuple(range(_ceil(lo, step), hi + 1, step))
    tiers = tuple((t.min, t.label) for t in level.tiers if lo < t.min <= hi and t.min > score.min)
    return Axis(lo, hi, ticks, tiers)


def spread_labels(ys: Sequence[float], gap: float, top: float, bottom: float) -> list[float | None]:
    """Where to put each tier line's label: at least `gap` apart and inside [top, bottom], as
    near its line as that allows, so close thresholds (A 1000, A+ 1025, AA 1050) stay readable.
    When more labels than fit, an evenly spread subset keeps theirs; the rest get None."""
    order = sorted(range(len(ys)), key=lambda i: ys[i])
    room = max(1, int((bottom - top) // gap) + 1)
    if len(order) > room:
        order = [order[round(k * (len(order) - 1) / max(1, room - 1))] for k in range(room)]
    placed: list[float] = []
    for i in order:
        placed.append(max(ys[i], top, placed[-1] + gap if placed else top))
    limit = bottom
    for j in reversed(range(len(placed))):
        if placed[j] > limit + 1e-6:  # only a real overflow moves a label up
            placed[j] = limit
        limit = placed[j] - gap
    out: list[float | None] = [None] * len(ys)
    for i, y in zip(order, placed, strict=True):
        out[i] = y
    return out


def without_range(label: str) -> str:
    """A tier label without its bracketed range: "Prime (4.50 and up)" is "Prime"."""
    return label.split(" (")[0]


def short_label(label: str, limit: int = 18) -> str:
    """A tier label for a chart line: without its bracketed range (the line shows it)."""
    label = without_range(label)
    return label if len(label) <= limit else label[: limit - 1] + "\u2026"


def _nice_step(raw: float) -> int:
    """1, 2 or 5 times a power of ten, at least 1."""
    if raw <= 1:
        return 1
    power = 10 ** math.floor(math.log10(raw))
    return int(next(m * power for m in (1, 2, 5, 10) if m * power >= raw))


def _floor(value: int, step: int) -> int:
    return value // step * step


def _ceil(value: int, step: int) -> int:
    return -(-value // step) * step


def chart_svg(
    level: Level,
    path: tuple[tuple[int, int], ...] | list[tuple[int, int]],
    width: int = SVG_WIDTH,
    height: int = SVG_HEIGHT,
) -> str:
    """The score path as inline SVG (no scripts, no external references), readable in print."""
    axis, score = fit_axis(level, path), level.spec.score
    named = dict(state_labels(level))  # a two-state score names its states, no tier lines
    tiers = () if named else axis.tiers

    def shown(value: int) -> str:
        return named.get(value) or score.shown(value)

    days = max(1, level.spec.player.days)
    longest = max((len(shown(v)) for v in axis.ticks), default=0)
    left, right, top, bottom = max(56, 12 + math.ceil(longest * TICK_EM)), 170, 12, 34

    def x(day: float) -> float:
        return left + (width - left - right) * day / days

    def y(value: float) -> float:
        return top + (height - top - bottom) * (1 - (value - axis.lo) / max(1, axis.hi - axis.lo))

    title = f"{score.name} from day 0 to day {days}"
    out = [
        f'<svg viewBox="0 0 {width} {height}" '
        f'role="img" aria-label="{escape(title)}" class="chart">',
        f"<title>{escape(title)}</title>",
        f'<rect x="{left}" y="{top}" width="{width - left - right}" '
        f'height="{height - top - bottom}" fill="#f6f6f2" stroke="#888"/>',
    ]
    for value in axis.ticks:
        out.append(
            f'<text x="{left - 6}" y="{y(value) + 4:.1f}" text-anchor="end" '
            f'class="tick">{escape(shown(value))}</text>'
        )
    spots = spread_labels([y(v) for v, _ in tiers], 14, top, height - bottom)
    for (value, label), spot in zip(tiers, spots, strict=True):
        out.append(
            f'<line x1="{left}" x2="{width - right}" y1="{y(value):.1f}" y2="{y(value):.1f}" '
            f'stroke="#777" stroke-dasharray="5 4"/>'
        )
        if spot is not None:
            out.append(
                f'<text x="{width - right + 6}" y="{spot + 4:.1f}" class="tier">'
                f"{escape(short_label(label))} {escape(score.shown(value))}</text>"
            )
    for day in range(days + 1):
        out.append(
            f'<text x="{x(day):.1f}" y="{height - bottom + 16}" text-anchor="middle" '
            f'class="tick">{day}</text>'
        )
    out.append(
        f'<text x="{(left + width - right) / 2:.1f}" y="{height - 2}" text-anchor="middle" '
        f'class="tick">day</text>'
    )
    points = " ".join(f"{x(d):.1f},{y(s):.1f}" for d, s in path)
    out.append(f'<polyline points="{points}" fill="none" stroke="#1f5fa8" stroke-width="3"/>')
    for i, (d, s) in enumerate(path):
        shape = "#fff" if i == 0 else "#1f5fa8"
        out.append(
            f'<circle cx="{x(d):.1f}" cy="{y(s):.1f}" r="4" fill="{shape}" '
            f'stroke="#1f5fa8" stroke-width="2"><title>Day {d}: '
            f"{escape(shown(s))}</title></circle>"
        )
    out.append("</svg>")
    return "\n".join(out)
