"""The debrief: one screen first (your days: chart, outcome, turning points and what each
choice cost), then pages for the fact check (what is real), questions, what is invented, glossary,
society and the full ledger. Counterfactuals are replayed a few milliseconds each frame, so it
never stalls."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from html import escape
from pathlib import Path

import pygame
from pygame_gui.core import UIElement
from pygame_gui.elements import UIImage, UIScrollingContainer, UITextBox

from game.design.debrief import (
    CardView,
    Debrief,
    build_debrief,
    render_html,
    with_cost,
)
from game.design.debrief.cards import card_groups
from game.design.debrief.document import MOVERS, invented_groups
from game.design.debrief.text import ledger_line, rule_line
from game.design.debrief.titles import TITLES
from game.sim.turning_points import (
    MIN_POINTS,
    Counterfactual,
    counterfactual_steps,
    missed_line,
)
from game.ui.breakable import breakable, breakable_path
from game.ui.dial import draw_chart
from game.ui.focus import scroll_into_view
from game.ui.hand_in import HandIn
from game.ui.label_tips import LabelSpot, linked_labels, linkify, wrap
from game.ui.scene import PAGE_MARGIN, SessionScene, finish_scroller, flow
from game.ui.society_view import SocietyView, how_to_read, ring_label
from game.userfiles import data_dir, write_atomic

WORKING = "Working out what this choice cost\u2026"
PAGES = ("days", "truth", "questions", "invented", "glossary", "society", "ledger")
TABS = {
    "truth": "Fact check",
    "questions": "Questions",
    "invented": "Invented",
    "glossary": "Glossary",
    "society": "Society",
    "ledger": "Full ledger",
}
SOCIETY_BUDGET_MS = 4.0
REPLAY_BUDGET_S = 0.003
"""Replay time per frame for the "had you..." lines; a finished line is shown in a frame with
no more replaying, since laying out the points' text costs a few milliseconds too."""
"""Milliseconds a frame gives the society model on its page."""
SOCIETY_MIN_HEIGHT = 260
"""Below this the society page shows its paragraph only (very large text)."""
SOCIETY_TEXT_LINES = 2
"""With large text the society paragraph scrolls in a box at least this many lines high above
the view; with less room than that the page shows the paragraph only."""
CHART_LINES = 8
"""The smallest chart worth drawing beside the outcome, in lines of body text."""
NARROW = 1200
"""The widest column on a small window; a wide one gives the debrief WIDE_SHARE of its width."""
WIDE_SHARE = 5 / 6
MEASURE_EMS = 45
WIDE, CARD, BLOCK = "wide", "card", "block"
"""A comfortable line of reading text, in ems: pages side by side once two such lines fit."""
MET, MISSED = "\u2713 Met", "\u2717 Missed"
NOTHING_TURNED = "Nothing you did moved the score."
NO_TURN = "No one choice you made would have changed how your run ended."
"""Said when every turning point would have ended the same (a run held on the scale's floor):
the rules that moved the score follow it."""


def same_end(count: int) -> str:
    """Said under the turning points for those left out because changing them would have
    ended the run the same (a score held on the scale's floor, a listing already made)."""
    which = "one other choice" if count == 1 else f"any one of {count} other choices"
    return f"Changing {which} you made would not have changed how your run ended."


def export_path(doc: Debrief, level_id: str) -> Path:
    """Where the in-game export goes: the user folder, one file per level and seed."""
    return data_dir() / "debriefs" / f"{level_id}-seed{doc.seed}.html"


def _names(items: tuple[str, ...], budget: int = 50) -> str:
    """'A, B and 4 more' within about `budget` characters, so a long list stays one or two
    lines on the first screen (the full lists are in the ledger and the export)."""
    if not items:
        return "none"
    shown = [items[0]]
    for item in items[1:]:
        if len(", ".join([*shown, item])) > budget:
            break
        shown.append(item)
    rest = len(items) - len(shown)
    return ", ".join(shown) + (f" and {rest} more (all in {TITLES['ledger']})" if rest else "")


def _card_markup(c: CardView) -> str:
    """One truth card; the line on what in the run it is about sits under its claim."""
    notes = " ".join(f"[{n}]" for n in c.footnotes)
    met = f"<i>{escape(c.met)}</i><br>" if c.met else ""
    return (
        f"<b>{escape(c.verdict.upper())}</b> \u00b7 <b>{escape(c.claim)}</b><br>{met}"
        f"{escape(c.text)} {notes}<br><i>Evidence: {escape(c.evidence)}</i>"
    )


class DebriefScene(SessionScene):
    name = "debrief"

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        s = self.session
        outcome = s.outcome()
        self.joined = outcome.joined
        self.doc = build_debrief(s.level, s.seed, s.actions, outcome, with_costs=False)
        self._costs: Iterator[Counterfactual | None] | None = counterfactual_steps(
            s.level, s.seed, s.actions, self.doc.points, outcome
        )
        self.current = "days"
        self.status = ""
        self.note = self.director.take_message()
        """What the player must see once, such as where a class's results went: here, at the
        end of the level, rather than on whatever screen comes next."""
        self.hand_in = HandIn(self.kit, "Hand in your results to")
        self.to_hand_in = self.director.hand_in_file(s)
        """A class run's results file, when the class collects files or sending it failed."""
        self._unshown = False
        """Every cost is in but the turning points do not show them yet."""
        self._idle: set[int] = set()
        """Turning points (by index) whose other choice would have changed nothing: not
        turning points after all, so the first screen leaves them out (the export keeps them)."""
        self.points_box: UITextBox | None = None
        self.stacked = False
        self.title_beside = True
        """Whether the level's name fits beside the bottom row's buttons (else it has a row
        of its own above them)."""
        self.chart_tiers: list[str] = []
        """The tier lines' labels the score chart drew last."""
        self.shown = len(self.doc.points)
        """How many turning points fit the first screen (the lightest give way first)."""
        self.movers = MOVERS
        """How many of the rules that moved the score most fit under them (they give way
        after the turning points and the line on choices left out, down to one)."""
        self.same_note = True
        """Whether the line on choices left out (they changed nothing) fits under the points."""
        self.society_view: SocietyView | None = None
        """True when large text puts the first screen in one scrolling column."""
        self.layout: dict[str, pygame.Rect] = {}
        """Where the first screen's parts are (chart, outcome, points), for tests."""
        self.page_columns = 1
        """Side-by-side columns of the page shown (1 on the first screen and smaller windows)."""
        self.column: UIScrollingContainer | None = None
        """The first screen's one scrolling column (large text), which a focused label in it
        is scrolled into."""
        self._revealed: UIElement | None = None
        """The label last scrolled into view on being focused (once, so it can be read away)."""
        self.page_box: UIScrollingContainer | None = None
        """The scrolling box of the page shown (every page but the first and the society)."""
        self._keep: tuple[str, int] | None = None
        """The page and how far down it was read (pixels), to scroll back to once it is built
        again for a reason of the scene's own (the status line of an export)."""

    # frame ---------------------------------------------------------------------------------
    def update(self, dt: float) -> None:
        super().update(dt)
        self.compute_costs()
        self._reveal_label()
        if self._showing_society() and self.society_view is not None:
            self.society_view.update(SOCIETY_BUDGET_MS)

    def compute_costs(self, budget_s: float = REPLAY_BUDGET_S) -> bool:
        """One frame's step in working out what each choice cost: it either replays for about
        `budget_s` seconds (at least one action) or, once every cost is in, lays out the turning
        points' text again (a few milliseconds itself), never both. False once all is shown."""
        if self._unshown:
            self._unshown = self._show_points()
            return True
        if self._costs is None:
            return False
        deadline = time.perf_counter() + budget_s
        found = next(self._costs, False)
        while found is None and time.perf_counter() < deadline:
            found = next(self._costs, False)
        if found is False:
            self._costs = None
            self._unshown = True  # all at once: laying out the text again costs a frame's work
        elif found is not None:
            if found.same:
                self._idle.add(self.doc.points.index(found.point))
            self.doc = with_cost(self.doc, found.point, found.line)
        return True

    def _reveal_label(self) -> None:
        """A turning point's label that focus just landed on is scrolled into view."""
        spot = self.focus.focused()
        if not isinstance(spot, LabelSpot) or spot is self._revealed:
            self._revealed = spot
            return
        self._revealed = spot
        spot.reveal()
        if self.column is not None and self.column.alive():
            scroll_into_view(self.column, spot)

    @property
    def costs_done(self) -> bool:
        return self._costs is None and not self._unshown

    # building --------------------------------------------------------------------------------
    def build(self, root: UIElement) -> None:
        w, h = self.size
        m, line = PAGE_MARGIN, self.kit.line
        col = min(w - 2 * m, max(NARROW, int(w * WIDE_SHARE)))
        x = (w - col) // 2
        top = self._tabs(x, m, col, root)
        bottom = h - m - line - 10
        title = f"Debrief: {self.doc.title}"
        # the society page keeps every line for its charts: there the name stays beside
        self.title_beside = self.current == "society" or (
            self.text_width(title) <= self._room_beside(col) - 16
        )
        if not self.title_beside:  # large text: "Debrief: Citizen Score…" lost the name
            named = self.text(escape(title), x, bottom, col, root)
            bottom -= named.get_relative_rect().height + 4
            named.set_relative_position((x, bottom + 4))
        if self.status:  # on a row of its own above the buttons: a folder's name can be long
            note = self.text(escape(self.status), x, bottom, col, root)
            bottom -= note.get_relative_rect().height + 4
            note.set_relative_position((x, bottom + 4))
        body = pygame.Rect(x, top, col, bottom - top)
        self.points_box, self.layout, self.column, self.page_box = None, {}, None, None
        if self.current == "days":
            self._days(body, root)
        else:
            self._page(body, root)
        keep, self._keep = self._keep, None
        box = self.page_box or self.column
        if keep is not None and keep[0] == self.current and box is not None:
            _scroll_back(box, keep[1])
        self._actions(x, h - m - line, col, root)
        if self.focus.current_key() is None:
            # a class run's results still to hand in come first; otherwise the next page, not
            # Next level: Enter pressed on from the last evening reads on instead of skipping
            # the debrief (Next level is one Shift+Tab away)
            self.focus.focus_key("Hand in" if self.to_hand_in is not None else f"page:{PAGES[1]}")

    def _tabs(self, x: int, y: int, width: int, root: UIElement) -> int:
        """The page buttons; returns where the body starts."""
        labels = [self.doc.heading, *TABS.values()]
        widths = [self.text_width(t) + self.kit.px(16) + 8 for t in labels]
        places = flow(widths, x, width, 6)
        for page, label, (bx, row), bw in zip(PAGES, labels, places, widths, strict=True):
            self.button(
                label,
                (bx, y + row * (self.kit.line + 6)),
                lambda p=page: self.show(p),
                root,
                key=f"page:{page}",
                width=bw,
                object_id="#tab_current" if page == self.current else None,
            )
        rows = (places[-1][1] + 1) if places else 1
        return y + rows * (self.kit.line + 6) + 4

    def _room_beside(self, width: int) -> int:
        """The width left beside the buttons of the bottom row for the level's name."""
        labels = [label for label, _ in self._buttons()]
        used = sum(self.text_width(t) + self.kit.px(16) + 8 + 8 for t in labels)
        return max(100, width - used - 8)

    def _buttons(self) -> list[tuple[str, Callable[[], None]]]:
        buttons: list[tuple[str, Callable[[], None]]] = [
            ("Next level", lambda: self.director.next_level(self.session.level)),
            ("Play again", lambda: self.director.new_game(self.session.level)),
            ("Export", self.export),
        ]
        if (results := self.to_hand_in) is not None:
            buttons.append(("Hand in", lambda: self.own(self.hand_in.choose(results), None)))
        view = self.society_view
        if self._showing_society() and view is not None and view.paged:
            # large text on a small window: the society's two charts show one at a time
            buttons.append(("Next chart", view.next_page))
        return buttons

    def _actions(self, x: int, y: int, width: int, root: UIElement) -> None:
        nx = x
        for label, action in self._buttons():
            nx += self.button(label, (nx, y), action, root).get_relative_rect().width + 8
        if not self.title_beside:  # on a row of its own above the buttons
            return
        room = max(100, x + width - nx - 8)
        # one line beside the buttons: a second would fall off the window. The society page's
        # Next chart button may leave room for the level's name alone, or not even for that:
        # then none ("Citizen S…" named nothing; the other pages name the level)
        title = f"Debrief: {self.doc.title}"
        if self.text_width(title) > room - 16:
            title = self.doc.title
        if self.text_width(title) <= room - 16:
            self.text(escape(title), nx + 8, y, room, root)

    def show(self, page: str) -> None:
        self.current = page
        self.dirty = True

    # the first screen --------------------------------------------------------------------
    def _days(self, body: pygame.Rect, root: UIElement) -> None:
        """Chart and outcome on the left, turning points on the right; when large text
        leaves no room for the chart, one scrolling column instead."""
        left_w = body.width * 2 // 5
        outcome = self.text(self._outcome_markup(), body.x, body.y, left_w, root)
        out_h = outcome.get_relative_rect().height
        chart_h = min(max(300, left_w * 3 // 5), body.height - out_h - 8)
        self.stacked = chart_h < CHART_LINES * self.kit.px(16)
        if self.stacked:
            self.widgets.remove(outcome)
            outcome.kill()
            self._days_stacked(body, root)
            return
        if self.doc.no_chart:  # a sentence in place of the chart: no empty panel under it
            chart_h = min(chart_h, self._sentence_height(left_w))
        chart = pygame.Rect(body.x, body.y, left_w, chart_h)
        outcome.set_relative_position((body.x, body.y + chart_h + 8))
        self.own(UIImage(chart, self._chart(chart.size), manager=self.kit.manager), root)
        right = pygame.Rect(body.x + left_w + 16, body.y, body.width - left_w - 16, body.height)
        box = UITextBox(self._points_html(), right, manager=self.kit.manager, starting_height=1)
        self.own(box, root)
        self.points_box = box
        self._label_stops(box, root)
        self.layout = {"chart": chart, "outcome": outcome.get_abs_rect(), "points": right}

    def _days_stacked(self, body: pygame.Rect, root: UIElement) -> None:
        box = self.scroller(body, root)
        inner, width = box.get_container(), body.width - 24
        chart_h = max(CHART_LINES * self.kit.px(16), min(320, width // 3))
        if self.doc.no_chart:
            chart_h = self._sentence_height(width)
        image = UIImage(
            pygame.Rect(0, 0, width, chart_h),
            self._chart((width, chart_h)),
            manager=self.kit.manager,
            container=inner,
        )
        self.own(image, inner)
        y = chart_h + 8
        y += self.text(self._outcome_markup(), 0, y, width, inner).get_relative_rect().height + 8
        points = self.text(self._points_markup(), 0, y, width, inner)
        y += points.get_relative_rect().height + 8
        finish_scroller(box, y)
        self.column = box
        self._label_stops(points, inner)
        self.layout = {"column": body}

    def _sentence_height(self, width: int) -> int:
        """How tall the sentence said in place of a chart is, `width` wide, with its margins."""
        font = self.kit.text.font(self.kit.px(16))
        return 24 + len(wrap(self.doc.no_chart, font, width - 24)) * font.get_linesize()

    def _chart(self, size: tuple[int, int]) -> pygame.Surface:
        surface = pygame.Surface(size)
        if self.doc.no_chart:  # no score: a sentence where the chart would be
            surface.fill(self.kit.colours.panel)
            size_px = self.kit.px(16)
            font = self.kit.text.font(size_px)
            lines = wrap(self.doc.no_chart, font, size[0] - 24)
            for i, line in enumerate(lines):
                image = self.kit.text.render(line, size_px, self.kit.colours.ink)
                surface.blit(image, (12, 12 + i * font.get_linesize()))
            return surface
        self.chart_tiers = draw_chart(surface, self.kit, self.session.level, list(self.doc.path))
        return surface

    def _outcome_markup(self) -> str:
        d = self.doc
        goals = [f"{MET if g.met else MISSED}: {escape(g.label)}" for g in d.goals]
        lines = [
            f"<b>{escape(d.final)}</b>",
            *goals,
            # listed or not has no tiers: the days on and off the list tell the run instead
            f"<b>{escape(d.score_name)} by day:</b> {escape(d.by_day)}"
            if d.states and d.joined
            else f"<b>Tiers:</b> {escape(d.tier_text)}",
            f"<b>Perks won:</b> {escape(_names(d.perks_won))}",
            f"<b>Perks lost:</b> {escape(_names(d.perks_lost))}",
            f"<b>Restrictions:</b> {escape(_names(d.restrictions))}",
        ]
        return "<br>".join(lines)

    def _label_stops(self, box: UITextBox, container: UIElement | None) -> None:
        """Each evidence label in the turning points (and the rules under them) as a stop for
        Tab, once per label, showing its tip as hovering it does (the label's own meaning is
        the same wherever it stands)."""
        for key in linked_labels(box):
            spot = LabelSpot(box, key, self.kit.manager)
            self.own(spot, container)
            self.focus.add(f"label:{key}", spot, lambda s=spot: self.kit.voice.say(s.text))
            self.label_of[f"label:{key}"] = key

    def _points_html(self) -> str:
        """The turning points as the box shows them: breakable, each label a link to its tip."""
        return linkify(breakable(self._points_markup()))

    def _points_markup(self) -> str:
        note = breakable_path(escape(self.note or "")).replace("\n", "<br>")
        items = [f"<b>Note:</b> {note}<br>"] if note else []
        items.append("<b>Turning points</b>")
        heading = len(items)
        listed = {missed_line(g.label) for g in self.doc.goals if not g.met}  # beside these
        pairs = [
            pc
            for i, pc in enumerate(zip(self.doc.points, self.doc.costs, strict=True))
            if i not in self._idle and pc[0].line not in listed
        ]
        kept = sorted(pairs, key=lambda pc: -pc[0].weight)[: self.shown]
        for point, cost in (pc for pc in pairs if pc in kept):
            items.append(f"\u2022 {escape(point.line)}")
            if point.alternative is not None:
                items.append(f"    <i>{escape(cost or WORKING)}</i>")
        if len(items) == heading:
            items.append(NO_TURN if self.doc.points else NOTHING_TURNED)
        elif self._idle and self.same_note:  # left out above: a finding in itself
            items.append(f"<i>{same_end(len(self._idle))}</i>")
        return "<br>".join(items + self._movers_markup())

    def _movers_markup(self) -> list[str]:
        """What moved the score most, each with its evidence label: the chart's why, shown
        even when no one choice would have changed the end (a run on the scale's floor)."""
        movers = self.doc.movers[: self.movers]
        if not movers:
            return []
        lines = [f"\u2022 {escape(rule_line(r, self.doc))}" for r in movers]
        return [f"<br><b>{escape(self.doc.moved_title)}</b>", *lines]

    def _show_points(self) -> bool:
        """Lay out the turning points' text once; True when it must be laid out again: every
        cost is in but the text needs scrolling, so the lightest point gives way (one a frame;
        the export keeps them all)."""
        if self.stacked and self.current == "days":
            self.dirty = True  # the column's height follows its text: build it again
            return False
        if self.points_box is None or not self.points_box.alive():
            return False
        shown = linked_labels(self.points_box)
        self.points_box.set_text(self._points_html())
        if linked_labels(self.points_box) != shown:
            self.dirty = True  # a label came or went: its stop for Tab with it
            return False
        if self._costs is None and self.points_box.scroll_bar is not None:
            if self.shown > MIN_POINTS:
                self.shown -= 1
                return True
            if self.same_note:
                self.same_note = False
                return True
            if self.movers > 1:
                self.movers -= 1
                return True
        return False

    # the other pages ---------------------------------------------------------------------
    def _page(self, body: pygame.Rect, root: UIElement) -> None:
        if self.current == "society" and self._society(body, root):
            return
        box = self.scroller(body, root)
        inner, width, y = box.get_container(), body.width - 24, 0
        y += (
            self.text(f"<b>{TITLES[self.current]}</b>", 0, y, width, inner)
            .get_relative_rect()
            .height
        )
        gap = 16
        columns = 2 if width >= 2 * MEASURE_EMS * self.kit.px(16) + gap else 1
        col_w = (width - gap * (columns - 1)) // columns
        ends = [y] * columns
        for part, kind in self._parts():
            if kind == WIDE:  # across the page, under both columns
                top = max(ends)
                made = self.text(part, 0, top + 4, width, inner)
                ends = [top + made.get_relative_rect().height + 8] * columns
                continue
            i = ends.index(min(ends))  # a card or block goes under the shorter column
            made = self.text(
                part,
                i * (col_w + gap),
                ends[i] + 4,
                col_w,
                inner,
                "#card" if kind == CARD else None,
            )
            ends[i] += made.get_relative_rect().height + 8
        self.layout = {"columns": pygame.Rect(body.x, body.y, width, max(ends))}
        self.page_columns = columns
        finish_scroller(box, max(ends))
        self.page_box = box

    def _society(self, body: pygame.Rect, root: UIElement) -> bool:
        """The level's paragraph, then the same rules run over a population below it (the
        model computes a little each frame); False when large text leaves it no room."""
        ring = self._ring()
        key = escape(how_to_read(self.session.level, ring))
        paragraph = f"{escape(self.doc.society)}<br><i>{key}</i>"
        markup = f"<b>{TITLES['society']}</b><br>{paragraph}"
        made = self.text(markup, body.x, body.y, body.width, root)
        room = body.height - SOCIETY_MIN_HEIGHT - 8
        if made.get_relative_rect().height > room:
            # large text: the paragraph scrolls in what the view leaves (Page Down reads it)
            # rather than pushing the population off the page; its lines go to the paragraph,
            # not the page's title again (the lit Society tab names the page)
            self.widgets.remove(made)
            made.kill()
            if room < SOCIETY_TEXT_LINES * self.kit.text.font(self.kit.px(16)).get_linesize():
                return False
            made = UITextBox(
                breakable(paragraph),
                pygame.Rect(body.x, body.y, body.width, room),
                manager=self.kit.manager,
                starting_height=1,
            )
            self.own(made, root)
        top = body.y + made.get_relative_rect().height + 8
        rect = pygame.Rect(body.x, top, body.width, body.bottom - top)
        view = self.society_view
        scale = self.kit.settings.text_scale / 100  # its labels grow with the player's text
        if view is None or (view.rect, view.text_scale, view.colours) != (
            rect,
            scale,
            self.kit.colours,
        ):
            self.society_view = SocietyView(
                self.session.level,
                self.session.seed,
                rect,
                self.doc.path[-1][1] if self.joined else None,
                text=self.kit.text,
                colours=self.kit.colours,
                text_scale=scale,
                pageable=True,  # Next chart turns between its curves when only one fits
            )
        self.layout = {"society_text": made.get_abs_rect(), "society": rect}
        return True

    def _ring(self) -> str | None:
        """The ringed dot in words ('you (512)'), for the key above it; None if never joined."""
        return ring_label(self.session.level, self.doc.path[-1][1], "you") if self.joined else None

    def _showing_society(self) -> bool:
        return self.current == "society" and "society" in self.layout

    def draw(self, surface: pygame.Surface) -> None:
        if self._showing_society() and self.society_view is not None:
            self.society_view.draw(surface)

    def _parts(self) -> list[tuple[str, str]]:
        """The current page as text blocks, each with its kind: WIDE (a heading or text that
        runs across the page), CARD or BLOCK (set in columns when the window is wide)."""
        d = self.doc
        page = self.current
        if page == "truth":
            legend = "<br>".join(f"<b>{escape(k)}</b>: {escape(v)}" for k, v in d.evidence)
            out = [(f"What the evidence labels mean:<br>{legend}", WIDE)]
            for heading, cards in card_groups(d.cards):
                if heading:
                    out.append((f"<b>{escape(heading)}</b>", WIDE))
                out += [(_card_markup(c), CARD) for c in cards]
            sources = "<br>".join(f"[{i}] {escape(u)}" for i, u in enumerate(d.footnotes, 1))
            return [*out, (f"<b>Sources</b><br>{sources}", WIDE)]
        if page == "questions":
            objectives = "<br>".join(f"\u2022 {escape(o)}" for o in d.objectives)
            questions = "<br>".join(f"{i}. {escape(q)}" for i, q in enumerate(d.questions, 1))
            return [(objectives, BLOCK), (f"<b>Questions to discuss</b><br>{questions}", BLOCK)]
        if page == "invented":
            out = [(escape(d.invented_intro), WIDE)] if d.invented_intro else []
            for heading, numbers in invented_groups(d):
                listed = "<br>".join(f"\u2022 {escape(n.sentence)}" for n in numbers)
                head = f"<b>{escape(heading)}</b><br>" if heading else ""
                out.append((head + (listed or "Nothing in the rules."), WIDE))
            return out
        if page == "glossary":
            terms = [(f"<b>{escape(t)}</b>: {escape(m)}", BLOCK) for t, m in d.glossary]
            return terms or [("No glossary terms for this level.", WIDE)]
        if page == "society":
            return [(escape(d.society), WIDE), (escape(d.summary), WIDE)]
        return self._ledger_parts()

    def _ledger_parts(self) -> list[tuple[str, str]]:
        led, d = self.doc.ledger, self.doc
        held = [("Perks won", d.perks_won), ("Perks lost", d.perks_lost)]
        held.append(("Restrictions", d.restrictions))
        # in full here: the first screen cuts long lists short and points to this page
        lines = [f"<b>{name}:</b> {escape(', '.join(items) or 'none')}" for name, items in held]
        lines.append(escape(d.money))
        if d.states:  # a listed-or-not score: its days as states ('Listed from day 4 ...')
            lines.insert(0, f"<b>{escape(d.score_name)} by day:</b> {escape(d.by_day)}")
        out = [("<br>".join(lines), WIDE)]
        if led.repeated:
            lines = "<br>".join(escape(ledger_line(ln, d)) for ln in led.repeated)
            out.append((f"<b>Every day or most days</b><br>{lines}", WIDE))
        for day, entries in led.by_day:
            lines = "<br>".join(escape(ledger_line(ln, d, False)) for ln in entries)
            out.append((f"<b>Day {day}</b><br>{lines}", BLOCK))
        rules = "<br>".join(escape(rule_line(r, d)) for r in led.by_rule)
        out.append((f"<b>By rule</b><br>{rules or 'No changes.'}", WIDE))
        return out

    # export ------------------------------------------------------------------------------
    def export(self) -> None:
        """Write the debrief as one HTML page to the user folder and say where it went."""
        path = export_path(self.doc, self.session.level.id)
        view = self.society_view
        # the town the Society page showed, when it has run to its end; else worked out now
        # (the same level, size and seed: the same numbers)
        town = view.result if view is not None and view.done else None
        try:
            write_atomic(path, render_html(self.doc, self.session.level, town))
            # the name first, whole: a long path wrapped mid-name ('sesame_garden-' '-seed1')
            self.status = f"Saved as {path.name} in the folder {path.parent}"
        except OSError as exc:
            self.status = f"Could not save: {exc.strerror}"
        box = self.page_box or self.column
        if box is not None and box.alive():  # the page is built again under the status line:
            # the player reads on where they were, not from its top
            self._keep = (self.current, -box.get_container().get_relative_rect().top)
        self.dirty = True

    def handle_event(self, event: pygame.event.Event) -> bool:
        """The hand-in picker has the keyboard while it is open; its folder sets the status."""
        if self.hand_in.took(event):  # the note above names the file: here, the folder
            done = self.hand_in.folder
            self.status = f"Handed in to {done}" if done else self.hand_in.status or ""
            self.dirty = True
            return True
        return False if self.hand_in.open else super().handle_event(event)

    def draw_overlay(self, surface: pygame.Surface) -> None:
        if not self.hand_in.open:  # a focus ring would be drawn over the picker
            super().draw_overlay(surface)

    def on_escape(self) -> bool:
        if self.current != "days":
            self.show("days")
            return True
        self.director.level_select()
        return True


def _scroll_back(box: UIScrollingContainer, offset: int) -> None:
    """Scroll a page built again back to `offset` pixels down (or as far as it now goes)."""
    bar = box.vert_scroll_bar
    if bar is None or offset <= 0:
        return
    box.update(0.0)
    bar.set_scroll_from_start_percentage(
        min(1.0 - bar.visible_percentage, offset / box.scrolling_height)
    )
    box.update(0.0)
