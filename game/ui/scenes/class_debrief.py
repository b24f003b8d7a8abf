"""The projector debrief: the class report full screen, one chart or question at a time, in
large type, driven by the keyboard. Totals only: no nickname is ever drawn."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from itertools import pairwise
from typing import TYPE_CHECKING

import pygame
import pygame_gui
from pygame_gui.core import UIElement
from pygame_gui.elements import UITextEntryLine

from game.classroom.gather import to_check
from game.classroom.levels import without_numbers
from game.classroom.report import TOWN_CITIZENS, TOWN_SEED, ClassReport, Tally, chart_frame
from game.classroom.source import report_from
from game.core.content.loader import load_level
from game.core.level import Level
from game.paths import assets_dir, resolve_level
from game.ui.kit import Kit
from game.ui.scene import Navigator, Scene, finish_scroller
from game.ui.society_view import SENTENCE_LINES, SocietyView
from game.ui.society_view import SMALLEST_TEXT as SMALLEST_SOCIETY_TEXT

if TYPE_CHECKING:
    from game.ui.director import SceneDirector

NEXT_KEYS = (pygame.K_RIGHT, pygame.K_SPACE, pygame.K_RETURN, pygame.K_PAGEDOWN, pygame.K_DOWN)
BACK_KEYS = (pygame.K_LEFT, pygame.K_BACKSPACE, pygame.K_PAGEUP, pygame.K_UP)
BAR_COLOURS = {
    "goals": "#1e7a46",
    "choices": "#8a5a00",
    "perks": "#2f5a9e",
    "restrictions": "#b3261e",
    "turning_points": "#6a3d9a",
}
"""Bars on the cream track: each 4.8:1 or more against it (WCAG asks 3:1 for graphics), so a
bar reads on a washed-out projector."""
BAR_COLOURS_ON_BLACK = {
    "goals": "#5fc48a",
    "choices": "#ffd166",
    "perks": "#6fb3ff",
    "restrictions": "#ff7a6b",
    "turning_points": "#c99cff",
}
"""Bars on the high-contrast palette's black track: 8:1 or more."""
MIN_TEXT = 18
"""The smallest text on the projector, in pixels at 100% text size (read from the back row)."""
HEADING, HEADING_MIN = 40, 30
"""A step's heading size, and the size it may shrink to so a long one fits the width."""
TALLY_GAP = 16
NOTE_GAP = 12
"""Room between the goals' note and the first goal, in pixels at 100% text."""
"""Room between a tally row's label, bar and count, in pixels at 100% text."""
LABEL_LINES = 3
"""The most lines a tally row's label takes."""


SCROLL_BAR = 20
"""Room right of the source page's column for its scroll bar."""
SOCIETY_CITIZENS = TOWN_CITIZENS
SOCIETY_BUDGET_MS = 6.0


def _level(level_id: str) -> Level | None:
    path = resolve_level(level_id)
    result = load_level(path, assets=assets_dir()) if path is not None else None
    return result.level if result is not None and result.ok else None


@dataclass(frozen=True)
class Step:
    kind: str
    """"title", "bands", a ClassReport tally field name, "society", "prompt" (a question
    from the class's numbers) or "more" (one of the level's own questions)."""
    heading: str
    text: str = ""
    first: int = 0
    """A tally step's first row: a long tally is shown over several steps on a small screen."""
    rows: int | None = None
    """How many rows this step shows (None: all of them; if a resize leaves too little room,
    those that fit, then "And N more")."""


def steps_of(report: ClassReport) -> list[Step]:
    """The order a discussion follows: what happened, what you chose, the questions from
    the class's numbers, then the level's own (the teacher guide has their answer key)."""
    out = [Step("title", report.title), Step("bands", report.moved_heading)]
    for field, heading in (
        ("goals", "Goals met"),
        ("choices", "What the class chose"),
        ("perks", "Perks gained"),
        ("restrictions", "Restrictions hit"),
        ("turning_points", report.changes_heading),
    ):
        if getattr(report, field):
            out.append(Step(field, heading))
    crowd = report.members.crowd
    out.append(Step("society", f"Over {crowd}"))  # the ring is labelled in the chart
    for i, question in enumerate(report.prompts, 1):
        out.append(Step("prompt", f"Question {i} of {len(report.prompts)}", question))
    more = report.level_questions
    for i, question in enumerate(more, 1):  # the guide's plan ends on them, as the page does
        out.append(Step("more", f"More about {report.title}: {i} of {len(more)}", question))
    return out


class ClassSourceScene(Scene):
    """Where the class's results are: a folder, a class database or http://HOST:PORT."""

    name = "class_source"

    def __init__(
        self,
        kit: Kit,
        nav: Navigator,
        director: SceneDirector,
        source: str,
        remember: Callable[[str], None] = lambda _: None,
    ) -> None:
        super().__init__(kit, nav)
        self.director = director
        self.source = source
        self.remember = remember
        """Keeps what was typed, to offer it again: a code added after a ; took retyping
        the database and the folder before it."""
        self.problems: list[str] = []
        self.entry: UITextEntryLine | None = None

    def build(self, root: UIElement) -> None:
        w, h = self.size
        col = min(w - 80, 900)
        x, y = (w - col) // 2, 24
        heading = self.text("<b>Class debrief</b>", x, y, col, root, object_id="#heading")
        y += heading.get_relative_rect().height + 8
        # the rest scrolls: on a small screen with large text a few problems pushed the
        # buttons below the window
        body = self.scroller(pygame.Rect(x, y, col + SCROLL_BAR, h - y - 8), root)
        intro = self.text(
            "Where are the class's results? A folder of results files, the class database "
            "(class.db) or the running class server (http://127.0.0.1:8765). To show "
            "more than one, put ; between them.",
            0,
            0,
            col,
            body,
        )
        y = intro.get_relative_rect().height + 8
        self.entry = UITextEntryLine(
            pygame.Rect(0, y, col, self.kit.line + 8),
            manager=self.kit.manager,
            container=body,
            initial_text=self.source,
        )
        self.entry.set_text_length_limit(1000)
        y += self.kit.line + 24
        if self.problems:
            lines = "<br>".join(escape(p) for p in self.problems[:6])
            colour = self.kit.colours.bad
            y += (
                self.text(f"<font color='{colour}'>{lines}</font>", 0, y, col, body)
                .get_relative_rect()
                .height
                + 8
            )
        half = col // 2 - 6
        self.button("Show", (0, y), self.show, body, width=half, scroller=body)
        self.button("Back", (col // 2 + 6, y), self.director.title, body, width=half, scroller=body)
        finish_scroller(body, y + self.kit.line + 8)
        self.focus.focus_key("Show")

    def show(self) -> None:
        if self.entry is not None:
            self.source = self.entry.get_text().strip()
        report, problems = report_from(self.source)
        self.remember(self.source)
        if report is None:
            self.problems = problems
            self.dirty = True
            return
        self.nav.replace(
            ClassDebriefScene(self.kit, self.nav, self.director, report, len(to_check(problems)))
        )

    def handle_event(self, event: pygame.event.Event) -> bool:
        if event.type == pygame_gui.UI_TEXT_ENTRY_FINISHED:
            self.show()
            return True
        if self.entry is not None and self.entry.is_focused and event.type == pygame.KEYDOWN:
            if event.key == pygame.K_TAB:
                self.entry.unfocus()
                return True
            if event.key != pygame.K_ESCAPE:
                return True
        return super().handle_event(event)

    def on_escape(self) -> bool:
        self.director.title()
        return True


class ClassDebriefScene(Scene):
    """One step of the class report at a time, drawn at projector size."""

    name = "class_debrief"

    def __init__(
        self,
        kit: Kit,
        nav: Navigator,
        director: SceneDirector,
        report: ClassReport,
        notes: int = 0,
    ) -> None:
        super().__init__(kit, nav)
        self.director = director
        self.report = report
        self.notes = notes
        """How many lines the gathering wrote that ask the teacher to check something (a file
        left out; not one counted once): the title says so, or a student's game could go
        missing unseen."""
        self.steps = self._paged(steps_of(report))
        self.index = 0
        self.society: SocietyView | None = None
        self.society_missing = False
        self.chart: BandChart | None = None
        self.tally_rows: list[tuple[list[pygame.Rect], pygame.Rect]] = []
        """Where the tally slide drew each row's label lines, and its bar."""

    @property
    def step(self) -> Step:
        return self.steps[self.index]

    def restyle(self) -> None:
        """A new window or text size: the long tallies are paged again for it, and the
        slide shown stays the one holding what was shown (the first row of a tally)."""
        super().restyle()
        shown = self.step

        def holds(s: Step) -> bool:
            if s.kind != shown.kind or s.text != shown.text:
                return False
            return s.rows is None or s.first <= shown.first < s.first + s.rows

        self.steps = self._paged(steps_of(self.report))
        self.index = next((i for i, s in enumerate(self.steps) if holds(s)), 0)

    def _paged(self, steps: list[Step]) -> list[Step]:
        """Each tally too long for one slide on this screen, over as many as it needs: on a
        1024x600 projector "And 3 more: see the class report" hid the pre-ticked boxes the
        first question asks about."""
        out: list[Step] = []
        for step in steps:
            area = self._area(step.kind)
            tallies = getattr(self.report, step.kind) if step.kind in BAR_COLOURS else ()
            starts, first = [], 0
            while first < len(tallies):
                starts.append(first)
                first += max(1, self._rows_that_fit(tallies, first, area))
            if len(starts) < 2:
                out.append(step)
                continue
            ends = [*starts[1:], len(tallies)]
            for page, (a, b) in enumerate(zip(starts, ends, strict=True), 1):
                heading = f"{step.heading} ({page} of {len(starts)})"
                out.append(Step(step.kind, heading, first=a, rows=b - a))
        return out

    def _area(self, kind: str = "") -> pygame.Rect:
        """Where a step's body goes: below its heading (and, on the goals' slides, below
        the report's note on them), above the footer."""
        w, h = self.size
        margin = max(24, w // 24)
        top = margin + self._heading_room()
        area = pygame.Rect(margin, top, w - 2 * margin, h - top - margin - self.kit.px(22) * 2)
        note = self._note_lines(kind, area.width)
        if note:
            room = len(note) * self._note_font().get_linesize() + self.kit.px(NOTE_GAP)
            area.top += room
            area.height -= room
        return area

    def _note_font(self) -> pygame.font.Font:
        return self.kit.text.font(self.kit.px(MIN_TEXT))

    def _note_lines(self, kind: str, width: int) -> list[str]:
        """The report's one line on why the goals read as they do (the class played another
        version of the level: a goal the copy here lacks is numbered), wrapped to the
        width; none on other slides, or when the report has no such note."""
        if kind != "goals" or not self.report.goals_note:
            return []
        return wrap(self._note_font(), self.report.goals_note, width)

    def _heading_room(self) -> int:
        """The height a heading takes, the same whatever its size."""
        full = self.kit.text.font(self.kit.px(HEADING), True).get_linesize()
        return full + self.kit.px(HEADING) // 2

    def handle_event(self, event: pygame.event.Event) -> bool:
        if event.type != pygame.KEYDOWN:
            return super().handle_event(event)
        if event.key in NEXT_KEYS + BACK_KEYS and self._turned_chart(event.key in NEXT_KEYS):
            return True
        if event.key in NEXT_KEYS:
            self.index = min(self.index + 1, len(self.steps) - 1)
        elif event.key in BACK_KEYS:
            self.index = max(self.index - 1, 0)
        elif event.key == pygame.K_HOME:
            self.index = 0
        elif event.key == pygame.K_END:
            self.index = len(self.steps) - 1
        else:
            return super().handle_event(event)
        return True

    def _turned_chart(self, forward: bool) -> bool:
        """On the town's slide, when its curves show one at a time (large text on a small
        screen), Next shows the second before the next slide and Back the first again."""
        view = self.society if self.step.kind == "society" else None
        if view is None or not view.paged or view.page != (0 if forward else 1):
            return False
        view.next_page()
        return True

    def on_escape(self) -> bool:
        self.director.title()
        return True

    def update(self, dt: float) -> None:
        super().update(dt)
        if self.step.kind == "society":
            view = self._society_view()
            if view is not None:
                view.update(budget_ms=SOCIETY_BUDGET_MS)

    def _society_view(self) -> SocietyView | None:
        """The level's rules over a modelled town, built when the step is first shown."""
        if self.society is None and not self.society_missing:
            level = _level(self.report.level_id)
            if level is None:
                self.society_missing = True
                return None
            if self.report.hide_scores:  # its legend named "Prime (4.50 and up)"
                level = without_numbers(level)
            median = self.report.bands[-1].values[2] if self.report.charted else None
            w, h = self.size
            margin = max(24, w // 24)
            top = margin + self.kit.px(HEADING) * 2
            rect = pygame.Rect(margin, top, w - 2 * margin, h - top - margin - self.kit.px(22) * 2)
            self.society = SocietyView(
                level,
                TOWN_SEED,
                rect,
                median,
                citizens=SOCIETY_CITIZENS,
                text=self.kit.text,
                colours=self.kit.colours,
                marker="Class middle score",
                outsider="None of you joined, so you are not among them",
                show_score=not self.report.hide_scores,
                text_scale=self.kit.px(MIN_TEXT) / SMALLEST_SOCIETY_TEXT,
                pageable=True,
            )
            _make_room(self.society)
        return self.society

    # drawing ------------------------------------------------------------------------------
    def draw(self, surface: pygame.Surface) -> None:
        margin = max(24, self.size[0] // 24)
        self._heading(surface, self.step.heading, margin)
        kind = self.step.kind
        area = self._area(kind)
        self._note(surface, kind)
        if kind == "title":
            self._title(surface, area)
        elif kind == "bands" and not self.report.charted:
            self._paragraph(surface, self.report.chart_note, area, self.kit.px(28))
        elif kind == "bands":
            self.chart = BandChart(self.kit, self.report)
            self.chart.draw(surface, area)
        elif kind == "society":
            self._draw_society(surface, area)
        elif kind in ("prompt", "more"):
            self._paragraph(
                surface,
                self.step.text,
                area.inflate(0, -area.height // 4),
                self.kit.px(48),
                bold=True,
            )
        else:
            bars = BAR_COLOURS_ON_BLACK if self.kit.settings.high_contrast else BAR_COLOURS
            tallies = getattr(self.report, kind)
            step = self.step
            shown = tallies[step.first : step.first + step.rows] if step.rows else tallies
            self._tallies(surface, shown, area, bars[kind])
        self._footer(surface, margin)

    def _note(self, surface: pygame.Surface, kind: str) -> None:
        """The goals' note, in the muted colour, between the heading and the rows."""
        top = self._area()
        font = self._note_font()
        for i, line in enumerate(self._note_lines(kind, top.width)):
            image = self.kit.text.render(line, self.kit.px(MIN_TEXT), self.kit.colours.muted)
            surface.blit(image, (top.left, top.top + i * font.get_linesize()))

    def _draw_society(self, surface: pygame.Surface, area: pygame.Rect) -> None:
        if self.society is None:
            text = "This level is not on this computer, so it cannot be modelled."
            self._paragraph(
                surface,
                text if self.society_missing else "Building the model\u2026",
                area,
                self.kit.px(28),
            )
            return
        self.society.draw(surface)

    def _heading(self, surface: pygame.Surface, text: str, margin: int) -> int:
        """The step's heading, in smaller type (down to HEADING_MIN) before it is cut short;
        returns the room it takes, the same whatever the size."""
        size, width = self.kit.px(HEADING), self.size[0] - 2 * margin
        while (
            size > self.kit.px(HEADING_MIN) and self.kit.text.font(size, True).size(text)[0] > width
        ):
            size -= 2
        line = _fit_keeping_page(self.kit.text.font(size, True), text, width)
        full = self.kit.text.font(self.kit.px(HEADING), True).get_linesize()
        y = margin + (full - self.kit.text.font(size, True).get_linesize())
        surface.blit(self.kit.text.render(line, size, self.kit.colours.ink, True), (margin, y))
        return self._heading_room()

    def title_lines(self) -> list[str]:
        """What the first step says: how many finished, under which session codes (results
        played outside a class have none: said so, not "Session no session"), and, for more
        than one code, that they are counted together: one student's old code or another
        class in the database mixed into the charts unseen."""
        r = self.report
        codes = [s for s in r.sessions if s]
        if not codes:
            where = "Played outside a class: no session code"
        else:
            where = f"Session code{'' if len(codes) == 1 else 's'}: {', '.join(codes)}"
            where += " (and some played outside a class)" if len(codes) < len(r.sessions) else ""
        lines = [f"{r.students} student{'' if r.students == 1 else 's'} finished", where]
        if r.replays:  # a student who played again under a new nickname is not two students
            lines.append(r.replays_line)
        if len(codes) > 1:  # a student's old code, or a database of several classes
            lines.append(
                f"Read first: results from {len(codes)} session codes are counted together. "
                "To show one class, press Esc, choose Class debrief and add its code after ;"
            )
        return lines

    def _title(self, surface: pygame.Surface, area: pygame.Rect) -> None:
        press = "Press the right arrow or Space to begin."
        lines = self.title_lines()
        if self.notes:  # before how to begin: read last, it came too late
            notes = "1 note" if self.notes == 1 else f"{self.notes} notes"
            lines.append(
                f"Read first: {notes} on these results, such as a file left out. "
                "The command citizen-score class report lists them."
            )
        lines.append(press)
        smallest = self.kit.text.font(self.kit.px(MIN_TEXT))
        if not _fits(smallest, "\n".join(lines), area):
            lines.remove(press)  # the footer says how to move on; the note must be read whole
        self._paragraph(surface, "\n".join(lines), area, self.kit.px(30))

    def _paragraph(
        self, surface: pygame.Surface, text: str, area: pygame.Rect, size: int, bold: bool = False
    ) -> None:
        """Wrapped text in smaller type (down to the projector's smallest) until every word
        fits: a question cut short on a small screen with large text loses its point."""
        while size > self.kit.px(MIN_TEXT) and not _fits(
            self.kit.text.font(size, bold), text, area
        ):
            size -= 2
        font = self.kit.text.font(size, bold)
        y = area.top
        for para in text.split("\n"):
            for line in wrap(font, para, area.width):
                if y + font.get_linesize() > area.bottom:
                    return
                surface.blit(
                    self.kit.text.render(line, size, self.kit.colours.ink, bold), (area.left, y)
                )
                y += font.get_linesize()
            y += font.get_linesize() // 2

    def _tally_widths(self, area: pygame.Rect) -> tuple[int, int, int]:
        """The widths of a tally row's label, bar and count, with TALLY_GAP (scaled with the
        text) between them. The count's column is as wide as the report's widest count, the
        same on every slide: measured on "000 of 000" it took a quarter of a small screen
        at 200% text for "5 of 6", and the labels, squeezed, ran up to their bars."""
        font = self.kit.text.font(self.kit.px(24), True)
        counts = [t for kind in BAR_COLOURS for t in getattr(self.report, kind)]
        widest = max((font.size(f"{t.count} of {t.of}")[0] for t in counts), default=0)
        gap = self.kit.px(TALLY_GAP)
        count_w = widest + gap
        label_w = int((area.width - count_w) * 0.6)
        return label_w, area.width - count_w - label_w - 2 * gap, count_w

    def _label_lines(self, t: Tally, label_w: int) -> list[str]:
        """A row's label in at most LABEL_LINES lines (the last cut short if need be): cut
        at two, on a small projector the biggest changes lost their last words ("a game
        numbe…") over a slide half empty; a long tally goes on over more slides instead."""
        font = self.kit.text.font(self.kit.px(24))
        lines = wrap(font, t.label[0].upper() + t.label[1:], label_w)
        if len(lines) > LABEL_LINES:
            last = fit(font, " ".join(lines[LABEL_LINES - 1 :]), label_w)
            lines = [*lines[: LABEL_LINES - 1], last]
        return lines

    def _rows_that_fit(self, tallies: tuple[Tally, ...], first: int, area: pygame.Rect) -> int:
        """How many rows from `first` on fit the area, as `_tallies` draws them."""
        size = self.kit.px(24)
        line = self.kit.text.font(size).get_linesize()
        label_w = self._tally_widths(area)[0]
        y = area.top
        for i in range(first, len(tallies)):
            lines = self._label_lines(tallies[i], label_w)
            if y + line * len(lines) > area.bottom:  # a page needs no "And N more" line
                return i - first
            y += line * len(lines) + size // 2
        return len(tallies) - first

    def _tallies(
        self, surface: pygame.Surface, tallies: tuple[Tally, ...], area: pygame.Rect, colour: str
    ) -> None:
        size = self.kit.px(24)
        font = self.kit.text.font(size)
        line = font.get_linesize()
        label_w, bar_w, _ = self._tally_widths(area)
        y = area.top
        self.tally_rows = []
        for i, t in enumerate(tallies):
            lines = self._label_lines(t, label_w)
            room = area.bottom - (line if i < len(tallies) - 1 else 0)  # for the line below
            if y + line * len(lines) > room:
                more = f"And {len(tallies) - i} more: see the class report."
                surface.blit(
                    self.kit.text.render(more, size, self.kit.colours.muted), (area.left, y)
                )
                break
            placed = []
            for i, text in enumerate(lines):
                image = self.kit.text.render(text, size, self.kit.colours.ink)
                placed.append(surface.blit(image, (area.left, y + i * line)))
            bar = pygame.Rect(
                area.left + label_w + self.kit.px(TALLY_GAP),
                y + size // 4,
                bar_w,
                font.get_height() - size // 4,
            )
            self.tally_rows.append((placed, bar))
            pygame.draw.rect(surface, self.kit.colours.panel, bar, border_radius=6)
            pygame.draw.rect(surface, self.kit.colours.muted, bar, 1, border_radius=6)
            filled = bar.copy()
            filled.width = round(bar.width * t.share)
            if filled.width:
                pygame.draw.rect(surface, colour, filled, border_radius=6)
            count = self.kit.text.render(f"{t.count} of {t.of}", size, self.kit.colours.ink, True)
            surface.blit(count, (area.right - count.get_width(), y))
            y += line * len(lines) + size // 2

    def _footer(self, surface: pygame.Surface, margin: int) -> None:
        w, h = self.size
        size = self.kit.px(20)
        text = f"{self.index + 1} / {len(self.steps)}    \u2190 \u2192 move    Esc leaves"
        image = self.kit.text.render(text, size, self.kit.colours.muted)
        surface.blit(image, (w - margin - image.get_width(), h - margin - image.get_height()))


PLOT_LINES = 3
"""The band chart's least height, in lines of its text: below it the legend gives way."""
LEGEND = (
    "Line: the middle score (half of you above it).  Darker band: the middle half of you.  "
    "Lighter band: 8 in 10 of you."
)
"""Plain words for a class of 14-year-olds: 'median' and '10th to 90th percentile' are words
of a statistics lesson, not of this one."""


class BandChart:
    """The class's score bands by day: 10th-90th percentile light, middle half dark, median."""

    def __init__(self, kit: Kit, report: ClassReport) -> None:
        self.kit = kit
        self.report = report
        self.labels: list[pygame.Rect] = []
        """Where the tier names and scores went (none overlaps another)."""
        self.images: list[pygame.Surface] = []
        """What was drawn at each of `labels`."""
        self.plot = pygame.Rect(0, 0, 0, 0)
        """Where the bands were drawn."""
        self.median: list[tuple[int, int]] = []
        """The points of the class's median line."""

    def draw(self, surface: pygame.Surface, area: pygame.Rect) -> None:
        bands = self.report.bands
        frame = chart_frame(self.report)
        tiers, below, low, high = frame.tiers, frame.below, frame.low, frame.high
        size = self.kit.px(20)
        font = self.kit.text.font(size)
        line = font.get_linesize()
        legend = wrap(font, f"{LEGEND}  {self.report.chart_note}".strip(), area.width)
        legend_h = line * len(legend)
        plot = pygame.Rect(
            area.left + size * 3,
            area.top + size,
            area.width - size * 7,
            area.height - size * 4 - legend_h,
        )
        if plot.height < PLOT_LINES * line:
            # a small screen with large text: a chart squeezed flat reads as nothing, so the
            # legend gives way (the HTML report keeps it) and the days take only their line
            legend, legend_h = [], 0
            plot.height = area.height - size - 8 - line
        self.plot = plot
        days = max(1, bands[-1].day)

        def point(day: int, score: float) -> tuple[int, int]:
            x = plot.left + plot.width * day / days
            y = plot.bottom - plot.height * (score - low) / max(1, high - low)
            return round(x), round(y)

        colours = self.kit.colours
        shades = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
        accent = pygame.Color(colours.accent)
        edges = []
        for lo, hi, alpha in ((0, 4, 70), (1, 3, 150)):
            outline = [point(b.day, b.values[hi]) for b in bands]
            outline += [point(b.day, b.values[lo]) for b in reversed(bands)]
            pygame.draw.polygon(shades, (accent.r, accent.g, accent.b, alpha), outline)
            edges.append(outline)
        surface.blit(shades, (0, 0))
        for outline in edges:  # the fills are pale on the cream page: the edges carry the shape
            pygame.draw.lines(surface, accent, True, outline, 2)
        self.median = [point(b.day, b.values[2]) for b in bands]
        pygame.draw.lines(surface, colours.ink, False, self.median, 5)
        self._tiers(surface, plot, tiers, point, size)  # last: nothing crosses a tier's name
        if below is not None:  # its line is off the chart: named at the bottom, in its band
            name = self.kit.text.render(below, size, colours.muted)
            self._label(surface, name, _along(name, plot, plot.bottom - 2))
        for b in bands:
            label = self.kit.text.render(str(b.day), size, colours.muted)
            x, _ = point(b.day, low)
            surface.blit(label, (x - label.get_width() // 2, plot.bottom + 8))
        y = area.bottom - legend_h
        for line in legend:
            surface.blit(self.kit.text.render(line, size, colours.muted), (area.left, y))
            y += font.get_linesize()

    def _tiers(self, surface, plot, tiers, point, size) -> None:
        """Each tier's dashed line, named where the name has room: on a small screen with
        large text the tiers lie closer than a line of text, and names drawn over each other
        read as none (the dashed line stays)."""
        colours = self.kit.colours
        report = self.report  # the numbers as the game showed them (4.50 for 450)
        shown = dict(zip([label for label, _ in report.tiers], report.tier_numbers, strict=False))
        for label, minimum in sorted(tiers, key=lambda t: -t[1]):  # top first
            _, y = point(0, minimum)
            for x in range(plot.left, plot.right, 16):
                pygame.draw.line(surface, colours.muted, (x, y), (min(x + 8, plot.right), y), 2)
            name = self.kit.text.render(label, size, colours.muted)
            self._label(surface, name, _along(name, plot, y - 2))
            if self.report.numbered:  # the class saw tiers or states only: no score numbers
                value = self.kit.text.render(shown.get(label, str(minimum)), size, colours.muted)
                self._label(surface, value, value.get_rect(midleft=(plot.right + 8, y)))

    def _label(
        self, surface: pygame.Surface, image: pygame.Surface, rect: pygame.Rect | list[pygame.Rect]
    ) -> None:
        """A name on a plate of the page's colour, so the bands and the median line drawn
        under it never cross its letters. Given several places, the first where the plate
        neither covers another name nor the class's median line: a plate over the line hid
        the days it crossed (Nosedive's class starts just above "Well liked", at the left)."""
        places = [rect] if isinstance(rect, pygame.Rect) else rect
        free = [r for r in places if r.collidelist(self.labels) < 0]
        clear = [r for r in free if not self._over_median(r.inflate(8, 2))]
        if not free:
            return
        rect = (clear or free)[0]
        pygame.draw.rect(surface, self.kit.colours.bg, rect.inflate(8, 2), border_radius=4)
        surface.blit(image, rect)
        self.labels.append(rect)
        self.images.append(image)

    def _over_median(self, plate: pygame.Rect) -> bool:
        line = self.median
        return any(plate.clipline(a, b) for a, b in pairwise(line))


def _along(image: pygame.Surface, plot: pygame.Rect, bottom: int) -> list[pygame.Rect]:
    """The places for a tier's name above its line, best first: at the left, at the right,
    then in the middle."""
    return [
        image.get_rect(bottomleft=(plot.left + 6, bottom)),
        image.get_rect(bottomright=(plot.right - 6, bottom)),
        image.get_rect(midbottom=(plot.centerx, bottom)),
    ]


def _make_room(view: SocietyView) -> None:
    """Smaller text in the town, down to the projector's least, until its dots take a
    quarter of its height, each curve an eighth below its sentence, and both sentences are
    whole: on a small screen with large text, its title and sentences took all the room and
    drew over each other, then were cut short."""
    least = MIN_TEXT / SMALLEST_SOCIETY_TEXT
    height = view.rect.height

    def fits() -> bool:
        curve, _ = view._curve_areas()
        sentences = SENTENCE_LINES * view._px(16)
        return (
            view._network_area().height >= height // 4 and curve.height - sentences >= height // 8
        )

    while view.text_scale > least and not (fits() and view.sentences_whole()):
        view.text_scale = max(least, view.text_scale - 0.1)


_NUMBERED = re.compile(r"\S+(?: +\d\S*)?")
"""A word, with the number after it if there is one."""


def wrap(font: pygame.font.Font, text: str, width: int) -> list[str]:
    """Words into lines no wider than `width` (a word longer than a line is cut to fit). A
    number stays on the line of the word before it: "Goal" ending a line and "1" starting
    the next read as two things."""
    lines: list[str] = []
    current = ""
    kept = (w for unit in _NUMBERED.findall(text) for w in _kept(font, unit, width))
    for word in kept:
        trial = f"{current} {word}".strip()
        if font.size(trial)[0] <= width or not current:
            current = trial if font.size(trial)[0] <= width else fit(font, trial, width)
        else:
            lines.append(current)
            current = word if font.size(word)[0] <= width else fit(font, word, width)
    if current:
        lines.append(current)
    return lines


def _kept(font: pygame.font.Font, unit: str, width: int) -> list[str]:
    """A word and its number as one, unless together they are wider than a line."""
    return [unit] if font.size(unit)[0] <= width else unit.split()


def _fits(font: pygame.font.Font, text: str, area: pygame.Rect) -> bool:
    """Every word of every paragraph fits the width, and the lines fit the height."""
    if any(font.size(word)[0] > area.width for word in text.split()):
        return False
    lines = sum(len(wrap(font, para, area.width)) for para in text.split("\n"))
    gaps = text.count("\n") * (font.get_linesize() // 2)
    return lines * font.get_linesize() + gaps <= area.height


def _fit_keeping_page(font: pygame.font.Font, text: str, width: int) -> str:
    """A heading cut to fit, its page number ("(2 of 4)") kept whole: "What the class chose
    (1 o…" left the class guessing which of the slides it was on."""
    match = re.fullmatch(r"(.*?)( \(\d+ of \d+\))", text)
    if font.size(text)[0] <= width or match is None:
        return fit(font, text, width)
    head, page = match.groups()
    return fit(font, head, width - font.size(page)[0]) + page


def fit(font: pygame.font.Font, text: str, width: int) -> str:
    """The text, or as much of it as fits followed by an ellipsis."""
    if font.size(text)[0] <= width:
        return text
    while text and font.size(text + "\u2026")[0] > width:
        text = text[:-1]
    return text.rstrip() + "\u2026"
