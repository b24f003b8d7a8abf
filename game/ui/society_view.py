"""An animated society for the debrief: the level's rules over about 10,000 citizens.

```python
view = SocietyView(level, seed, pygame.Rect(20, 300, 760, 360), player_score=612)
view.update(budget_ms=4)   # once a frame: computes a little of the model, moves the dots
view.draw(surface)         # pure drawing
```
The model runs in the background across frames: `update` steps it in pieces (a stage of
building the population, or a third of a day) only while the frame's budget lasts, never starting a
second piece it expects to overrun; one piece (a third of a day at most) takes a few
milliseconds at 10,000 citizens, whose friend sums and components need no scipy. Each dot
is a citizen placed left to right by score, so groups pulling apart show as clusters drifting apart; faint lines
are real ties, which shorten as people drop friends who score lower. Below, two curves with
one sentence each: the share still posting critically, and how much people only know their
equals (score assortativity); the sentences wrap whole, and where two columns cannot hold
them (large text on a small window) the curves show one at a time (`paged`, `next_page`).
One ringed dot marks a score: the player's own ("You"), or on
the projector the class middle score (its median).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
import pygame

from game.core.level import Level
from game.design.debrief.society import OUTSIDER as OUTSIDER  # said for a player never scored
from game.design.debrief.society import POPULATION, assort_words, ring_label, speech_words
from game.design.debrief.society import assort_sentence as _assort_sentence
from game.design.debrief.society import how_to_read as how_to_read  # the key, shown above
from game.design.debrief.society import speech_sentence as _speech_sentence
from game.sim.society import SocietyResult, society_days
from game.sim.society.chart import FEW_POINTS, TIER_COLOURS
from game.sim.society.model import Society
from game.ui.kit import TextCache
from game.ui.label_tips import wrap
from game.ui.present import without_range
from game.ui.theme import NORMAL, Palette

CITIZENS = POPULATION
TIES_SHOWN = 160
SENTENCE_LINES = 2
"""Lines each curve's sentence takes at least side by side (more where large text wraps it
further)."""
RING = 10
"""Half the width of the ringed dot and its outline, in pixels."""
PLOT_LEAST = 30
"""The lowest a curve's plot is drawn, in pixels (more where its scale's text is larger)."""
NETWORK_LEAST = 40
"""The lowest the dots are drawn, in pixels, when the sentences under them need the room
(more where the text around the ringed dot is larger)."""
PIECE_MARGIN = 2.0
"""A second piece starts only if this many times the slowest piece so far still fits (the
slowest so far, not the last: a short piece followed by a long one ran past the budget)."""
IN_VIEW = 0.998
"""Share of citizens whose scores the view spans: a handful of outliers, drawn on its edge,
do not leave most of it empty."""
WINDOW_MARGIN = 0.04
"""Room left and right of the scores shown, as a share of their span."""
EASE = 0.18
"""Share of the way each dot moves toward its new place per frame."""
SMALLEST_TEXT = 11
"""The smallest text size at a text scale of 1 (the axis and scale labels)."""
TIER_COLOURS_ON_DARK = ("#ff6b5e", "#f0a04b", "#c9cf6a", "#5cc9b0", "#8fa6e0", "#b48be0", "#5fd38d")
"""The same tiers on the high-contrast palette's black screen, each at least 3:1 against it."""


@dataclass(frozen=True)
class Layout:
    """Where a view's parts go (`SocietyView._layout`)."""

    paged: bool
    rows: int
    """Lines kept for each curve's sentence above its plot."""
    start: int
    """The top of the curves; the dots end 6 pixels above it."""
    top: int
    """The top of the dots (under the title and the legend)."""
    rect: pygame.Rect
    half: int

    @property
    def network(self) -> pygame.Rect:
        r = self.rect
        return pygame.Rect(r.left, self.top, r.width, self.start - 6 - self.top)

    @property
    def curves(self) -> tuple[pygame.Rect, pygame.Rect]:
        r = self.rect
        height = r.bottom - self.start
        if self.paged:
            whole = pygame.Rect(r.left, self.start, r.width, height)
            return whole, whole.copy()
        return pygame.Rect(r.left, self.start, self.half, height), pygame.Rect(
            r.left + self.half + 12, self.start, self.half, height
        )


class SocietyView:
    """The widget: construct it with the level, a seed, its rectangle and the player's score."""

    def __init__(
        self,
        level: Level,
        seed: int,
        rect: pygame.Rect,
        player_score: int | None,
        *,
        citizens: int = CITIZENS,
        days: int | None = None,
        text: TextCache | None = None,
        colours: Palette = NORMAL,
        marker: str = "You",
        outsider: str = OUTSIDER,
        show_score: bool = True,
        text_scale: float = 1.0,
        pageable: bool = False,
    ) -> None:
        self.level, self.seed, self.rect = level, seed, pygame.Rect(rect)
        self.player_score = player_score
        """The ringed dot's score; None for a player who never joined an opt-in score, who
        is not among the scored citizens (a line says so instead of a ring)."""
        self.marker = marker
        self.outsider = outsider
        """Said instead of the ring when `player_score` is None."""
        """Who the ringed dot stands for ("You"; a class debrief rings the class median)."""
        self.show_score = show_score
        """False when the players were shown tiers only: the ring is labelled without a number."""
        self.pageable = pageable
        """Whether its owner can turn between the curves (a Next chart button): only then are
        they shown one at a time where two columns cannot hold their sentences."""
        self.text_scale = text_scale
        """Every text size and the room around it, times this (a projector shows it larger;
        at 1 the smallest text is SMALLEST_TEXT pixels)."""
        self.citizens = citizens
        self.days = days or level.spec.society.days
        self.text = text or TextCache()
        self.colours = colours
        self.society: Society | None = None
        self._work: Iterator[Society | None] = society_days(level, citizens, self.days, seed)
        self._piece_ms = 0.0
        self._pieces = 0
        """Pieces computed so far. The first runs alone: it is the first to touch the model's
        code and data, so its time says little about how long the next one will take."""
        self._x: np.ndarray | None = None
        self._target: np.ndarray | None = None
        self._ties: tuple[np.ndarray, np.ndarray] | None = None
        self.window: tuple[float, float] | None = None
        """The scores the view spans, in points from the scale's bottom (`_widen`)."""
        self.page = 0
        """Which curve shows when only one fits at a time (`paged`): 0 speech, 1 friends."""
        self.scale_boxes: list[pygame.Rect] = []
        """Where the curves' scale labels ("24%") were last drawn, each on a plate of the
        plot's colour: a curve near its top ran through the figure."""
        self._laid_out: tuple[object, Layout] | None = None
        self.slowest_ms = 0.0
        """The longest single update so far (the benchmark reads it)."""

    # state ------------------------------------------------------------------------------
    @property
    def done(self) -> bool:
        """True once every day has been computed."""
        return self.society is not None and self.society.done

    @property
    def result(self) -> SocietyResult | None:
        return None if self.society is None else self.society.result(self.seed)

    def update(self, budget_ms: float) -> None:
        """Compute as much of the model as fits in `budget_ms`, then move the dots a little."""
        start = time.perf_counter()
        ran = False
        while not self.done:
            spent = (time.perf_counter() - start) * 1000
            if ran and (self._pieces == 1 or spent + self._piece_ms * PIECE_MARGIN > budget_ms):
                break
            ran = True
            began = time.perf_counter()
            self.society = next(self._work, self.society)
            if self.society is not None:
                self._take_positions(self.society)
            self._piece_ms = max(self._piece_ms, (time.perf_counter() - began) * 1000)
            self._pieces += 1
        if self._x is not None and self._target is not None:
            self._x += (self._target - self._x) * EASE
        self.slowest_ms = max(self.slowest_ms, (time.perf_counter() - start) * 1000)

    def _take_positions(self, society: Society) -> None:
        """Each score owns an equal slice of the width and a citizen sits at a fixed random
        place inside their score's slice: on a wide scale a slice is a pixel or two, while a
        regime of a few states (listed or not) fills the view instead of stacking everyone
        on its two edges."""
        area = self.rect  # the dots span its width; their height is laid out when drawn
        if self._x is None:
            rng = np.random.default_rng(self.seed)
            self._depth = rng.random(society.n)
            """Each citizen's fixed place from the top of the dots (0) to their bottom (1)."""
            self._shown = rng.choice(society.n, size=min(TIES_SHOWN, society.n), replace=False)
            self._inside = rng.random(society.n).astype(np.float32)
        lo, hi = self.window = self._widen(society)
        target = area.left + 4 + (society.v + self._inside - lo) / (hi - lo) * (area.width - 8)
        self._target = target.astype(np.float32)
        if self._x is None:
            self._x = self._target.copy()
        net = society.network
        slot = (np.arange(self._shown.size) * 7) % np.maximum(net.degree[self._shown], 1)
        self._ties = (self._shown, net.rows[self._shown, slot])

    def _widen(self, society: Society) -> tuple[float, float]:
        """The scores shown: all but the farthest few citizens' (those sit on the edge), the
        player's and the tier lines, with a margin.
        A 1-to-5 rating whose citizens all sit near 4.7 fills the view instead of its last
        sixth; the span only ever grows, so dots never jump back, and a regime of a few
        states shows its whole scale."""
        points, low = society.regime.points, society.regime.low
        if self.few_points:
            return 0.0, float(points)
        k = int(society.n * (1 - IN_VIEW))  # np.quantile's first call costs ~10 ms
        near = np.partition(society.v, (k, society.n - 1 - k))
        first, last = near[k], near[society.n - 1 - k]
        lines = [t.min - low for t in self.level.tiers[1:]]
        lines += [] if self.player_score is None else [self.player_score - low]
        lo, hi = min(float(first), *lines), max(float(last) + 1, *lines)
        pad = max((hi - lo) * WINDOW_MARGIN, 1.0)
        lo, hi = max(0.0, lo - pad), min(float(points), hi + pad)
        if self.window is not None:
            lo, hi = min(lo, self.window[0]), max(hi, self.window[1])
        return lo, hi

    # drawing ----------------------------------------------------------------------------
    def _px(self, size: int) -> int:
        """A text size or a gap around text, at this view's text scale."""
        return round(size * self.text_scale)

    def _network_area(self) -> pygame.Rect:
        return self._layout().network

    def _curve_areas(self) -> tuple[pygame.Rect, pygame.Rect]:
        """Where each curve and its sentence go: side by side, or (paged) both the full width,
        one shown at a time."""
        return self._layout().curves

    @property
    def paged(self) -> bool:
        """True when the two curves' sentences fit only one at a time, at the full width
        (large text on a small window): `page` says which is shown, `next_page` turns."""
        return self._layout().paged

    def next_page(self) -> None:
        """Show the other curve (when `paged`)."""
        self.page = 1 - self.page

    def _layout(self) -> Layout:
        """Where the dots, the curves and their sentences go, for this rectangle and text
        size: worked out once from the widest the sentences can be (100%, 1.00), so the view
        does not jump while the model runs. The dots get 58% of the height when the sentences
        leave it, and at least NETWORK_LEAST lines; the sentences wrap whole, side by side
        where two columns hold them above a plot of PLOT_LEAST lines, else one at a time."""
        key = (tuple(self.rect), self.text_scale)
        if self._laid_out is not None and self._laid_out[0] == key:
            return self._laid_out[1]
        if not pygame.font.get_init():  # laid out (measured) before anything is drawn
            pygame.font.init()
        r, step = self.rect, self._px(16)
        top = r.top + self._head()
        usual = r.top + int(r.height * 0.58) + 6  # where the curves start with room to spare
        # the dots hold a line of the smallest text each side of the ringed dot; a plot, its
        # scale's label and a little of the curve under it
        least = max(NETWORK_LEAST, self._line(13) + self._line(SMALLEST_TEXT) + 8)
        plot = max(PLOT_LEAST, self._px(SMALLEST_TEXT) + 8)
        half = (r.width - 12) // 2
        widest = self._widest()
        layout = None
        tries = ((half, False), (r.width, True)) if self.pageable else ((half, False),)
        # where the curves can be turned, side by side only leaves each its scale's label
        # and a curve clear of it (two lines of the label's text); else one at a time, taller
        comfort = 2 * self._px(SMALLEST_TEXT) + 8 if self.pageable else plot
        for width, paged in tries:
            needed = max(len(_wrap(self.text, s, self._px(13), width)) for s in widest)
            rows = needed if paged else max(needed, SENTENCE_LINES)
            start = min(usual, r.bottom - rows * step - plot - 10)
            roomy = paged or r.bottom - start - rows * step - 10 >= comfort
            if start - 6 - top >= least and roomy:
                layout = Layout(paged, rows, start, top, r, half)
                break
        if layout is None and not self.pageable:
            # an owner that cannot turn between the curves (the projector, which makes room
            # by shrinking its text): the usual split, each sentence in half its curve's room
            start = max(usual, top + least + 6)
            rows = max(1, min(rows, (r.bottom - start) // 2 // step))
            layout = Layout(False, rows, start, top, r, half)
        if layout is None:  # smaller than any supported window: the dots keep their least
            start = top + least + 6
            rows = max(1, (r.bottom - start - 10 - plot) // step)
            layout = Layout(True, rows, start, top, r, half)
        self._laid_out = (key, layout)
        return layout

    def _widest(self) -> tuple[str, str]:
        """The two sentences at their widest (every share 100%, sharing 1.00)."""
        words = self.level.spec.society.words
        return speech_words(words, 1.0, 1.0), assort_words(words, 1.0, self.few_points)

    def _line(self, size: int) -> int:
        """The height of a line of text of `size` (at a text scale of 1)."""
        return int(self.text.font(self._px(size)).get_linesize())

    def _legend_top(self) -> int:
        """The legend's first row, under the title."""
        return self.rect.top + 4 + self._line(15) + 2

    def _head(self) -> int:
        """The title's line and the legend's rows above the dots."""
        return self._legend_top() - self.rect.top + len(self._legend_rows()) * self._px(19)

    def _legend_rows(self) -> list[list[tuple[int, int, str]]]:
        """Each legend row as (tier index, x, words) triples: the tiers' full labels on one
        row; where they do not fit (large text), their names without the ranges (the tier lines
        across the dots show those), wrapped into more rows only if even those do not fit."""
        left, right, box = self.rect.left + 6, self.rect.right - 6, self._px(10)
        font = self.text.font(self._px(12))
        labels = [t.label for t in self.level.tiers]
        rows: list[list[tuple[int, int, str]]] = [[]]
        for words in (labels, [without_range(label) for label in labels]):
            rows, x = [[]], left
            for k, label in enumerate(words):
                width = box + 4 + font.size(label)[0]
                if rows[-1] and x + width > right:
                    rows.append([])
                    x = left
                rows[-1].append((k, x, label))
                x += width + self._px(14)
            if len(rows) == 1:
                break
        return rows

    def draw(self, surface: pygame.Surface) -> None:
        """Draw the current state; changes nothing."""
        c = self.colours
        pygame.draw.rect(surface, c.panel, self.rect, border_radius=8)
        area = self._network_area()
        pygame.draw.rect(surface, c.screen, area)
        surface.blit(self._title(), (self.rect.left + 6, self.rect.top + 4))
        if self.society is None or self._x is None:
            note = self.text.render("Building the society...", self._px(14), c.muted)
            surface.blit(note, note.get_rect(center=area.center))
            return
        self._draw_tiers(surface, area)
        ys = (area.top + 4 + self._depth * (area.height - 8)).astype(np.int32)
        self._draw_ties(surface, ys)
        self._draw_dots(surface, area, ys)
        self._draw_axis(surface, area)
        self._draw_player(surface, area)
        result = self.society.result(self.seed)
        speech, assort = self._curve_areas()
        top = max(0.05, float(np.nanmax(result.critical_share)) * 1.15)
        said = (_speech_sentence(result), _assort_sentence(result, self.few_points))
        layout = self._layout()
        curves = [
            (speech, result.critical_share, top, said[0]),
            (assort, result.assortativity, 1.0, said[1]),
        ]
        self.scale_boxes = []
        for k, (where, values, high, sentence) in enumerate(curves):
            if not layout.paged or k == self.page:
                self._draw_curve(surface, where, values, high, sentence, layout.rows)
        if layout.paged:  # which of the two this is, in the plot's top right corner
            which = self.text.render(
                f"Chart {self.page + 1} of 2", self._px(SMALLEST_TEXT), c.muted
            )
            plot_top = speech.top + self._px(16) * layout.rows + 4
            box = which.get_rect(topright=(speech.right - 4, plot_top + 2))
            pygame.draw.rect(surface, c.screen, box.inflate(4, 0))  # over the curve
            surface.blit(which, box)

    def sentence_lines(self) -> list[list[str]]:
        """The sentences under the chart as drawn, line by line (one only when `paged`)."""
        if self.society is None:
            return []
        result = self.society.result(self.seed)
        said = (_speech_sentence(result), _assort_sentence(result, self.few_points))
        layout, areas = self._layout(), self._curve_areas()
        out = []
        for k, (sentence, area) in enumerate(zip(said, areas, strict=True)):
            if not layout.paged or k == self.page:
                out.append(self._sentence(sentence, area, layout.rows))
        return out

    def sentences_whole(self) -> bool:
        """Whether both curves' sentences, at their widest, fit their rows uncut (an owner
        that can shrink the text, the projector, shrinks it until they do)."""
        layout, areas = self._layout(), self._curve_areas()
        size = self._px(13)
        return all(
            len(_wrap(self.text, sentence, size, area.width)) <= layout.rows
            for sentence, area in zip(self._widest(), areas, strict=True)
        )

    def _sentence(self, sentence: str, area: pygame.Rect, rows: int) -> list[str]:
        """A curve's sentence wrapped to its area, cut (with an ellipsis) only past `rows`."""
        lines = _wrap(self.text, sentence, self._px(13), area.width)
        if len(lines) > rows:  # only on a window smaller than any supported: say it is cut
            lines = [*lines[: rows - 1], lines[rows - 1].rstrip(".") + "\u2026"]
        return lines

    def _title(self) -> pygame.Surface:
        """The title, in words short enough for the view's width (large text on a small
        projector leaves room for the numbers alone, then for them a size smaller)."""
        who = self.level.spec.society.words.members
        counts = f"{self.citizens:,} {who}, day {self._day()} of {self.days}"
        room = self.rect.width - 12
        for words, size in ((f"The same rules over {counts}", 15), (counts, 15), (counts, 13)):
            title = self.text.render(words, self._px(size), self.colours.ink, bold=True)
            if title.get_width() <= room:
                break
        return title

    def _day(self) -> int:
        return 0 if self.society is None else self.society.day

    def _score_x(self, score: float, area: pygame.Rect, middle: bool = True) -> int:
        """Where a score sits: the middle of its slice, or (middle False, for a tier line)
        the slice's left edge."""
        regime = self.society.regime
        lo, hi = self.window or (0.0, float(regime.points))
        share = (score - regime.low + (0.5 if middle else 0.0) - lo) / (hi - lo)
        return int(area.left + 4 + min(max(share, 0), 1) * (area.width - 8))

    def _draw_tiers(self, surface: pygame.Surface, area: pygame.Rect) -> None:
        """Tier lines across the dots, and a legend row above them (colour plus name)."""
        for tier in self.level.tiers[1:]:
            x = self._score_x(tier.min, area, middle=False)
            pygame.draw.line(surface, self.colours.muted, (x, area.top), (x, area.bottom), 1)
        box = self._px(10)
        first = self._legend_top()
        for row, placed in enumerate(self._legend_rows()):
            y = first + row * self._px(19)
            for k, x, words in placed:
                label = self.text.render(words, self._px(12), self.colours.ink)
                swatch = pygame.Rect(x, y + self._px(3), box, box)
                pygame.draw.rect(surface, self._tier_colour(k), swatch)
                surface.blit(label, (x + box + 4, y))

    def _tier_colour(self, k: int) -> str:
        colours = tier_colours(self.colours.screen)
        return colours[min(k, len(colours) - 1)]

    @property
    def few_points(self) -> bool:
        """A score of a few points (The List: listed or not) is its tiers: no "low scores"."""
        score = self.level.spec.score
        return score.max - score.min + 1 < FEW_POINTS

    def _draw_axis(self, surface: pygame.Surface, area: pygame.Rect) -> None:
        if self.few_points:  # the legend's tier names already say which side is which
            return
        low = self.text.render("low scores", self._px(SMALLEST_TEXT), self.colours.muted)
        high = self.text.render("high scores", self._px(SMALLEST_TEXT), self.colours.muted)
        for label, box in (
            (low, low.get_rect(bottomleft=(area.left + 4, area.bottom - 2))),
            (high, high.get_rect(bottomright=(area.right - 4, area.bottom - 2))),
        ):
            pygame.draw.rect(surface, self.colours.screen, box.inflate(4, 2))
            surface.blit(label, box)

    def _draw_ties(self, surface: pygame.Surface, ys: np.ndarray) -> None:
        if self._ties is None:
            return
        a, b = self._ties
        colour = pygame.Color(self.colours.muted).lerp(pygame.Color(self.colours.screen), 0.55)
        kept = surface.get_clip()
        # a friend past the edge of the scores shown sits on the edge: the line to them stops
        # there too, not over the page around the view
        surface.set_clip(self._network_area().clip(kept))
        try:
            for i, j in zip(a.tolist(), b.tolist(), strict=True):
                if i != j:
                    start = (int(self._x[i]), int(ys[i]))
                    pygame.draw.aaline(surface, colour, start, (int(self._x[j]), int(ys[j])))
        finally:
            surface.set_clip(kept)

    def _draw_dots(self, surface: pygame.Surface, area: pygame.Rect, ys: np.ndarray) -> None:
        tiers = self.society.regime.tier_of[self.society.v]
        palette = np.array([surface.map_rgb(pygame.Color(self._tier_colour(k))) for k in range(8)])
        x = np.clip(self._x.astype(np.int32), area.left, area.right - 2)
        y = np.clip(ys, area.top, area.bottom - 2)
        values = palette[np.minimum(tiers, 7)]
        pixels = pygame.surfarray.pixels2d(surface)
        try:
            for dx, dy in ((0, 0), (1, 0), (0, 1), (1, 1)):
                pixels[x + dx, y + dy] = values
        finally:
            del pixels

    def _draw_player(self, surface: pygame.Surface, area: pygame.Rect) -> None:
        if self.player_score is None:
            self._draw_outsider(surface, area)
            return
        x, y = self._score_x(self.player_score, area), area.centery
        x = max(area.left + RING, min(area.right - RING, x))  # a score on the edge: all inside
        pygame.draw.circle(surface, self.colours.screen, (x, y), 9)
        pygame.draw.circle(surface, self.colours.ink, (x, y), 9, 3)
        label = self.text.render(self.marker_label, self._px(13), self.colours.ink, bold=True)
        box = label.get_rect(midbottom=(x, y - 11))
        if box.top < area.top:  # short of room above the ring (large text): beside it, at the top
            box.top = area.top + 1
            if x > area.centerx:
                box.right = x - 12
            else:
                box.left = x + 12
        box = box.clamp(area.inflate(-4, 0))  # with the 2 pixels of backing each side
        pygame.draw.rect(surface, self.colours.screen, box.inflate(4, 0))  # over dots and ties
        surface.blit(label, box)

    def _draw_outsider(self, surface: pygame.Surface, area: pygame.Rect) -> None:
        label = self.text.render(self.outsider, self._px(13), self.colours.ink, bold=True)
        box = label.get_rect(midtop=(area.centerx, area.top + 4)).clamp(area)
        pygame.draw.rect(surface, self.colours.screen, box.inflate(8, 2))
        surface.blit(label, box)

    @property
    def marker_label(self) -> str:
        """The words beside the ringed dot: who it is and, unless scores are hidden, the score
        it marks (its tier's name where the regime showed tiers only, as the player saw it)."""
        if self.player_score is None:
            return self.outsider
        return ring_label(self.level, self.player_score, self.marker, self.show_score)

    def _draw_curve(
        self,
        surface: pygame.Surface,
        area: pygame.Rect,
        values: np.ndarray,
        top: float,
        sentence: str,
        rows: int = SENTENCE_LINES,
    ) -> None:
        c = self.colours
        size, step = self._px(13), self._px(16)
        lines = self._sentence(sentence, area, rows)
        for k, line in enumerate(lines):
            surface.blit(self.text.render(line, size, c.ink), (area.left, area.top + step * k))
        y = area.top + step * rows
        plot = pygame.Rect(area.left, y + 4, area.width, max(area.bottom - y - 6, 10))
        pygame.draw.rect(surface, c.screen, plot)
        pygame.draw.rect(surface, c.muted, plot, 1)
        finite = np.nan_to_num(values, nan=0.0)
        if finite.size < 2:
            return
        inner = plot.inflate(-6, -6)  # a two-pixel line at 0 or at the top stays in its box
        xs = inner.left + np.arange(finite.size) / max(self.days, 1) * inner.width
        ys = inner.bottom - np.clip(finite / top, 0, 1) * inner.height
        points = list(zip(xs.tolist(), ys.tolist(), strict=True))
        pygame.draw.lines(surface, c.accent, False, points, 2)
        scale = self.text.render(f"{top:.0%}" if top < 1 else "1", self._px(SMALLEST_TEXT), c.muted)
        box = scale.get_rect(topleft=(plot.left + 3, plot.top + 2))
        pygame.draw.rect(surface, c.screen, box.inflate(4, 0))  # over the curve
        surface.blit(scale, box)
        self.scale_boxes.append(box)


def tier_colours(screen: str) -> tuple[str, ...]:
    """The tier colours that read on this screen colour (light or dark)."""
    return TIER_COLOURS_ON_DARK if pygame.Color(screen).hsla[2] < 50 else TIER_COLOURS


def _wrap(text: TextCache, sentence: str, size: int, width: int) -> list[str]:
    return wrap(sentence, text.font(size), width) or [""]
