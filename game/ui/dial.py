"""The score gauge (a half-circle dial over the regime's range) and the score-over-time chart."""

import math

import pygame

from game.core.level import Level
from game.design.debrief.chart import fit_axis, short_label, spread_labels
from game.design.debrief.states import two_states
from game.ui.icons import tier_icon
from game.ui.kit import Kit
from game.ui.theme import NORMAL

BAND_SHADES = NORMAL.bands
"""The normal palette's bands, for the key art (always drawn in the normal look)."""


def _bounds(level: Level) -> list[tuple[float, float]]:
    """(low, high) of each tier's band, lowest first, clipped to the score's range."""
    spec, tiers = level.spec.score, level.tiers
    highs = [t.min for t in tiers[1:]] + [spec.max]
    return [(max(t.min, spec.min), hi) for t, hi in zip(tiers, highs, strict=True)]


def _angle(level: Level, value: float) -> float:
    """Each tier gets an equal share of the arc, linear within it, so narrow top tiers stay
    readable on a range like 1.00-5.00 (the exact number is always in the text)."""
    bands = _bounds(level)
    index = max((i for i, (lo, _) in enumerate(bands) if value >= lo), default=0)
    lo, hi = bands[index]
    within = 1.0 if hi <= lo else max(0.0, min(1.0, (value - lo) / (hi - lo)))
    return math.pi * (1 - (index + within) / len(bands))


def draw_dial(
    surface: pygame.Surface,
    kit: Kit,
    rect: pygame.Rect,
    level: Level,
    value: float,
    tier_id: str,
    show_needle: bool,
    caption: tuple[str, str] | None = None,
) -> None:
    """Bands per tier with their icons, a needle when the regime shows the number, and the
    number (or, without one, the tier's name) as (text, colour) in a box in the middle."""
    ink, bands = kit.colours.ink, kit.colours.bands
    r = max(30, min(rect.width // 2 - 30, rect.height - 40))
    cx, cy = rect.centerx, rect.top + r + 24
    thick = max(10, r // 5)
    count = len(level.tiers)
    for i, tier in enumerate(level.tiers):
        a0, a1 = math.pi * (1 - (i + 1) / count), math.pi * (1 - i / count)
        shade = bands[i % len(bands)]
        current = tier.id == tier_id
        box = pygame.Rect(cx - r, cy - r, 2 * r, 2 * r)
        for k in range(thick if current else thick * 2 // 3):
            pygame.draw.arc(surface, shade, box.inflate(-2 * k, -2 * k), a0, a1, 2)
        mid = (a0 + a1) / 2
        ix, iy = cx + (r + 14) * math.cos(mid), cy - (r + 14) * math.sin(mid)
        tier_icon(
            surface,
            tier.icon,
            (int(ix), int(iy)),
            7 if not current else 10,
            ink if current else kit.colours.muted,
        )
    if show_needle:
        a = _angle(level, value)
        tip = (cx + (r - thick - 4) * math.cos(a), cy - (r - thick - 4) * math.sin(a))
        pygame.draw.line(surface, kit.colours.panel, (cx, cy), tip, 8)
        pygame.draw.line(surface, ink, (cx, cy), tip, 4)
        pygame.draw.circle(surface, ink, (cx, cy), 7)
    if caption is not None:
        size, inner = kit.px(22), 2 * (r - thick) - 16
        label = kit.text.render(caption[0], size, caption[1], True)
        while label.get_width() > inner and size > kit.px(12):  # a long tier name
            size -= 2
            label = kit.text.render(caption[0], size, caption[1], True)
        box = label.get_rect(center=(cx, cy - r * 0.42)).inflate(14, 4)
        pygame.draw.rect(surface, kit.colours.panel, box, border_radius=6)
        pygame.draw.rect(surface, caption[1], box, 2, border_radius=6)
        surface.blit(label, label.get_rect(center=box.center))


def _two_lines(font: pygame.font.Font, text: str, width: int) -> list[str] | None:
    """A tier line's label in one line or two no wider than `width`, broken at a space (the
    number stays with the name's last word); None when two lines cannot hold it."""
    if font.size(text)[0] <= width:
        return [text]
    words = text.split(" ")
    for k in range(len(words) - 1, 0, -1):
        head, tail = " ".join(words[:k]), " ".join(words[k:])
        if font.size(head)[0] <= width:
            return [head, tail] if font.size(tail)[0] <= width else None
    return None


WHOLE_NAME = 60
"""Longer than any tier's name: a chart with room names each tier whole."""


_START_RADIUS = 5
"""The day-0 circle's radius, in pixels."""
_LABEL_GAP = _START_RADIUS + 6
"""From an axis label's end to the chart's left edge: the start's circle sits on that edge,
and "Not listed" ending at the circle read as one word with it."""


def chart_labels(
    level: Level, points: list[tuple[int, int]], limit: int = 16
) -> tuple[list[str], list[str]]:
    """The axis's tick labels and the tier lines' labels (each name cut to `limit`
    characters). A regime of two states (listed or not) names its states on the axis and
    draws no tier lines: its 0 and 1 mean nothing."""
    axis, score = fit_axis(level, points), level.spec.score
    if two_states(level):
        return [level.tier_for(v).label for v in axis.ticks], []
    tiers = [f"{short_label(label, limit)} {score.shown(v)}" for v, label in axis.tiers]
    return [score.shown(v) for v in axis.ticks], tiers


def draw_chart(
    surface: pygame.Surface, kit: Kit, level: Level, points: list[tuple[int, int]]
) -> list[str]:
    """Score at the start (day 0, hollow) and the end of each day, on an axis fitted to the
    run (game.design.debrief.fit_axis), with tier thresholds as labelled lines; returns the
    tier lines' labels. A tier's whole name where the labels take no more than a third of
    the chart ("Trusted by partners 70", not "Trusted by part… 70"), cut only where
    they would squeeze the days."""
    w, h = surface.get_size()
    p = kit.colours
    surface.fill(p.panel)
    small = kit.px(12)
    font = kit.text.font(small)
    axis = fit_axis(level, points)
    top, bottom = 10 + small // 2, 12 + small * 2
    ticks, labels = chart_labels(level, points, WHOLE_NAME)
    blocks: list[list[str]] = [[t] for t in labels]
    if 12 + max((font.size(t)[0] for t in labels), default=0) > w // 3:
        # a whole name on two lines where it fits them ("Trusted by" over "partners 70"),
        # and where the chart has the height for them all; else each name cut short
        two = [_two_lines(font, t, w // 3 - 12) for t in labels]
        tall = spread_labels([0.0] * len(labels), font.get_linesize() * 2, top, h - bottom).count(
            None
        )
        if any(b is None for b in two) or tall:
            ticks, labels = chart_labels(level, points)
            blocks = [[t] for t in labels]
        else:
            blocks = [b for b in two if b is not None]
    shown = dict(zip(axis.ticks, ticks, strict=True))
    tiers = axis.tiers if labels else ()
    ends = [] if two_states(level) else [level.spec.score.shown(v) for v in (axis.lo, axis.hi)]
    left = 6 + _LABEL_GAP + max(font.size(t)[0] for t in [*ends, *ticks])
    days = max(1, level.spec.player.days)
    # room on the right for the tier labels, and for half the last day's number, centred
    # under the chart's right edge (at 200% "10" stuck out of the picture and lost a digit)
    right = 12 + max((font.size(t)[0] for b in blocks for t in b), default=0)
    right = max(right, font.size(str(days))[0] // 2 + 4)

    def xy(day: float, value: float) -> tuple[float, float]:
        x = left + (w - left - right) * day / days
        y = top + (h - top - bottom) * (1 - (value - axis.lo) / max(1, axis.hi - axis.lo))
        return x, y

    pygame.draw.rect(surface, p.muted, (left, top, w - left - right, h - top - bottom), 1)
    for value in axis.ticks:
        _, y = xy(0, value)
        label = kit.text.render(shown[value], small, p.muted)
        surface.blit(label, (left - _LABEL_GAP - label.get_width(), y - label.get_height() // 2))
    ys = [xy(0, value)[1] for value, _ in tiers]
    line = font.get_linesize()
    spots = spread_labels(ys, line * max(map(len, blocks), default=1), top, h - bottom)
    for y, block, spot in zip(ys, blocks, spots, strict=True):
        for x0 in range(int(left), int(w - right), 10):
            pygame.draw.line(surface, p.muted, (x0, y), (min(x0 + 5, w - right), y), 1)
        if spot is None:
            continue
        if abs(spot - y) > 2:
            pygame.draw.line(surface, p.muted, (w - right, y), (w - right + 5, spot), 1)
        first = spot - line * len(block) / 2
        for k, text in enumerate(block):
            label = kit.text.render(text, small, p.ink)
            surface.blit(label, (w - right + 6, first + k * line + (line - label.get_height()) / 2))
    step = 1 if days <= 15 else 5
    for day in range(0, days + 1, step):
        x, _ = xy(day, axis.lo)
        label = kit.text.render(str(day), small, p.muted)
        surface.blit(label, (x - label.get_width() // 2, h - bottom + 4))
    if len(points) >= 2:
        pygame.draw.lines(surface, p.accent, False, [xy(d, s) for d, s in points], 3)
    for i, (d, s) in enumerate(points):
        radius = _START_RADIUS if i == 0 else 4
        pygame.draw.circle(surface, p.ink, xy(d, s), radius, 2 if i == 0 else 0)
    return labels
