"""A day on the phone: status and dial on the left, the phone's apps on the right."""

from __future__ import annotations

import html
import re
from html import escape
from typing import TYPE_CHECKING

import pygame
from pygame_gui.core import UIElement
from pygame_gui.elements import UIScrollingContainer, UITextBox

from game.core import events as ev
from game.core.actions import END_DAY, Action
from game.core.money import money_text
from game.core.scoring import daily_modifiers, decided_by
from game.core.world import PendingChange, World
from game.ui import present
from game.ui.breakable import breakable
from game.ui.feedback import Feedback, clip_line, cues_for
from game.ui.focus import FocusItem, scroll_into_view, shown_part
from game.ui.kit import Kit
from game.ui.label_tips import linkify, wrap
from game.ui.play import PlaySession
from game.ui.scene import MIN_BOX, Navigator, Part, SessionScene, finish_scroller, flow
from game.ui.scenes.card_places import BESIDE_GAP, TEXT_SHARE, beside, widened
from game.ui.scenes.cards import ALL, Card, CardBuild, CardList
from game.ui.scenes.inspector import InspectorScene
from game.ui.scenes.overlays import (
    ConfirmScene,
    EveningScene,
    HelpScene,
    PauseScene,
    PromptScene,
)
from game.ui.scenes.score_dial import ScoreDial
from game.ui.scenes.tabs import (
    TABS,
    Offers,
    Row,
    lead_with_reason,
    ledger_card,
    rows_for,
    score_offers,
)
from game.ui.scenes.toasts import (
    MAX_TOASTS,
    TOAST_GAP,
    TOAST_SECONDS,
    TOAST_SHARE,
    Toast,
    ToastLayout,
    speaker,
    trim_toasts,
)

if TYPE_CHECKING:
    from game.ui.director import SceneDirector as Director

LOG_LINES = 30
"""Today's news shows at least this many of the latest lines (and fewer than ten more)."""
TAB_GAP = 6
"""Space between the phone's tabs."""
TAB_PAD = 14
"""The least room beside a tab's name inside its button."""
HARMFUL = frozenset({"unfriend"})
"""Verbs that hurt someone: after one, focus must not land on the next person's same button."""


ROW_COUNTS = 200
"""Row counts kept at most (a score's line changes with the score), then counted anew."""
GROW_BUDGET_S = 0.002
"""Time a frame spends laying out the rest of a long list, a widget at a time (at least one: a
card's text box alone can take 3 ms, and its first drawing follows in the same frame)."""


class DayScene(SessionScene):
    name = "day"

    def __init__(self, kit: Kit, nav: Navigator, director: Director, session: PlaySession) -> None:
        super().__init__(kit, nav, director, session)
        self.tab = "Shop"
        self.toasts: list[Toast] = []
        self.prompted: set[tuple[int, str]] = set()
        self.log: list[str] = []
        self.log_tones: dict[str, str] = {}
        """A Today line's tone where it is good or bad news (a score up, a perk lost)."""
        self._today_log()
        self.phone_rect = pygame.Rect(0, 0, 0, 0)
        self.dial = ScoreDial(kit, session)
        self.phone_image: pygame.Surface | None = None
        self.phone_mark: tuple[int, int] | None = None
        """Where the phone's widgets start: they are built last, so a tab switch swaps them
        alone and the top bar, the dial's text and the left panel stay."""
        self.phone_tab = self.tab
        self.phone_dirty = False
        self.hidden_phones: dict[str, Part] = {}
        """Tabs shown since the last full rebuild, hidden: the world has not changed since, so
        going back to one shows it again instead of building its cards anew."""
        self.phones: dict[str, CardList] = {}
        """The cards of the shown tab and of the hidden ones."""
        self.columns: dict[int, tuple[list[Row], dict[int, int]]] = {}
        """Per card list, its rows and each row's section's column of buttons (by row id)."""
        self.card_jobs: dict[str, CardList] = {}
        """Tabs whose cards are still being built, a little each frame while shown."""
        self.left: CardList | None = None
        """The left panel's cards: score, open questions, goals, coming up, today's news."""
        self.left_mark = 0
        """Where the left panel's buttons start in the focus order."""
        self.left_lines = 0
        """How many of Today's lines the left panel showed when last laid out."""
        self.rows_of: dict[tuple[str, int], int] = {}
        """Rows a line of markup takes at a width, at this text size (see _markup_rows)."""
        self.brief_status = False
        """The status line says the pay in fewer words (see _top_bar)."""
        self.status: tuple[UITextBox, str] | None = None
        """The top bar's status line and the markup it shows."""
        self.stale = False
        """An action changed the world: show it in place, changing only what changed."""
        self.left_stale = False
        """The left panel is still to show the change, in the frame after the phone."""
        self.feedback = Feedback(kit)
        self.keep_offset = 0
        """The list's scroll position to keep across the rebuild an action causes."""
        self.day_shown = session.world.day
        self.cut = False
        """A harmful action was just taken: focus goes to the tab once the phone shows it."""
        self.spent = False
        self.pointing = False
        """The last press was the mouse's: the list stays where it is when toasts shorten it,
        since scrolling to the focused button moved the cards under the pointer and the
        next quick click landed on another card."""
        """The day's last action was just taken: focus goes to "End the day" (see update)."""

    @property
    def world(self) -> World:
        return self.session.world

    @property
    def phone_box(self) -> UIScrollingContainer | None:
        """The shown tab's scrolling list."""
        cards = self.phones.get(self.phone_tab)
        return cards.box if cards is not None else None

    def _morning_lines(self, events: list[ev.Event]) -> list[str]:
        start = max((i for i, e in enumerate(events) if isinstance(e, ev.DayStarted)), default=0)
        lines = [present.event_line(self.session.level, e) for e in events[start:]]
        return [x for x in lines if x]

    # layout --------------------------------------------------------------------------------
    def build(self, root: UIElement) -> None:
        w, h = self.size
        m, line = 12, self.kit.line
        top = self._top_bar(root, m, line) + m
        left_w = max(300, int(w * 0.33))
        end_y = h - m - line
        room = end_y - m - top - 2 * line  # the left list keeps at least two lines
        dial_h = max(0, min(int(left_w * 0.5), int(h * 0.28), room))
        self.dial.rect = pygame.Rect(m, top, left_w, dial_h)
        self.button("End the day", (m, end_y), self.end_day, root, width=left_w)
        self.left_mark = len(self.focus.items)
        y = top + dial_h + 4
        box = self.scroller(pygame.Rect(m, y, left_w, end_y - m - y), root)
        self.left = CardList(box, left_w - 24, self._make_card, self.focus, self._answer, gap=6)
        self.left.show(self._left_rows())
        self.left.grow(ALL)
        self.left_stale = False
        self.left_lines = len(self.log)
        px = m + left_w + 2 * m
        self.phone_rect = pygame.Rect(px, top, w - px - m, h - top - m)
        self.phone_mark = self.mark()
        self._phone(root, self._phone_inner())
        if self.world.day != self.day_shown or not self.focus.wanted:
            self.day_shown = self.world.day
            self._focus_first_card()
        else:
            if self.focus.index < 0:  # its button is further down, or gone: the next one is
                self._build_down_to(
                    self.phones.get(self.tab), {self.focus.wanted, *self.focus.followers}
                )
            # found again by key (the day is built behind the evening, then again after it):
            # the list starts at its top, where the focused button may not be
            self.focus.show_current()
        self._maybe_prompt()

    def _focus_first_card(self) -> None:
        """A new day starts on the tab's first card, never on "End the day" (Enter there would
        offer to end a day not yet played): on the tab itself when no card has a button."""
        cards = self.phones.get(self.tab)
        if cards is not None:
            self._build_down_to(cards, {str(a) for row in cards.rows for _, a in row.buttons})
        start = self.phone_mark[1] if self.phone_mark else 0
        for key, _, _ in self.focus.items[start:]:
            if not key.startswith("tab:"):
                self.focus.focus_key(key)
                self.focus.wanted = None
                return
        if self.phone_mark is not None:
            self.focus.focus_key(f"tab:{self.tab}")
            self.focus.wanted = None

    def _build_down_to(self, cards: CardList | None, keys: set[str]) -> None:
        """Only the cards in view are built at first, the rest a little each frame; focus
        going to a button further down (large text on a small window, where the cards in view
        may have none) needs the cards down to it now: build on to the first of `keys` that
        the list has, if it has one."""
        if cards is None:
            return
        ahead = keys & {str(a) for row in cards.rows for _, a in row.buttons}
        while ahead and not cards.done and not ahead & {k for k, _, _, _ in cards.items()}:
            cards.grow(cards.box.get_relative_rect().height)

    def _top_bar(self, root: UIElement, m: int, line: int) -> int:
        """The status line, and Menu and Help on its right. Where the status would take more
        than two lines (large text on a small window) those two drop their keys from their
        names ("Menu", "Help": Help lists the keys), so the phone below keeps a line more."""
        w = self.size[0]
        font = self.kit.text.font(self.kit.px(16), bold=True)  # bold: never underestimates
        for short, brief in ((False, False), (True, False), (True, True)):
            buttons = [
                ("Menu" if short else "Menu (Esc)", "Menu (Esc)", self.open_pause),
                ("Help" if short else "Help (F1)", "Help (F1)", self.open_help),
            ]
            widths = [self.text_width(label) + self.kit.px(16) + 8 for label, _, _ in buttons]
            x = w - m - sum(bw + 8 for bw in widths)
            status = self._status_markup(x - 2 * m, brief)
            plain = html.unescape(re.sub(r"<[^>]+>", "", status))
            if len(wrap(plain, font, x - 2 * m - 24)) <= 2:
                break
        bx = w - m
        for (label, key, action), bw in zip(buttons, widths, strict=True):
            bx -= bw + 8
            self.button(label, (bx, m), action, root, key=key, width=bw)
        box = self.text(status, m, m, x - 2 * m, root)
        self.status = (box, status)
        return m + max(line, box.get_relative_rect().height)

    def _status_markup(self, width: int, brief: bool | None = None) -> str:
        """The level, day, money and actions; a long title is cut to one line, so the bar
        never pushes the rest of the screen off. `brief` says the pay in fewer words ("a
        day"), for large text on a small window; unset, as the bar last said it."""
        if brief is None:
            brief = self.brief_status
        self.brief_status = brief
        spec, world = self.session.level.spec, self.world
        _, extra = daily_modifiers(world)
        income = max(0, spec.player.income + extra)
        title = clip_line(self.kit, spec.meta.title, self.kit.px(16), max(40, width - 24))
        # no income (a gig driver earns by the ride): not '(+0 each evening)'
        when = "a day" if brief else "each evening"
        pay = f" (+{money_text(income)} {when})" if income else ""
        return (
            f"<b>{escape(title)}</b> \u00b7 Day {world.day} of {spec.player.days}"
            f" \u00b7 Money {money_text(world.money)}{pay}"
            f" \u00b7 Actions left {world.actions_left}"
        )

    def _tier_markup(self) -> str:
        level = self.session.level
        name = escape(level.spec.score.name)
        if present.hidden(level):
            return f"<b>{name}</b>: not shown to you"
        if not present.joined(self.world):
            return f"<b>{name}</b>: none, not joined"  # one line: the dial says the rest
        tier = present.tier_of(self.world)
        glyph = present.tier_glyph(tier)
        if not present.shows_number(level):  # the tier is the score: not 'tier Not listed'
            return f"<b>{name}</b>: {glyph} <b>{escape(tier.label)}</b>"
        number = escape(level.spec.score.shown(self.world.score))
        return f"<b>{name}</b> \u00b7 {number} \u00b7 tier {glyph} <b>{escape(tier.label)}</b>"

    def _tier_line(self) -> str:
        """The score's line atop the left panel: whole where it fits on one row, else without
        what the dial above it shows (large text on a small window, where the whole line took
        three rows): the badge's state or the dial's number go; the score's name, and a tier
        the dial only marks by its icon, stay. Of the shorter ways, the fullest of those that
        take the fewest rows."""
        room = self.left.width if self.left is not None else 0  # a plain row's text box
        full, shorter = self._tier_markup(), self._tier_shorter()
        if not shorter or self._markup_rows(full, room) == 1:
            return full
        return min(shorter, key=lambda x: self._markup_rows(x, room))

    def _markup_rows(self, markup: str, width: int) -> int:
        """The rows a plain row's markup takes in the left panel's text box `width` wide, as
        that text box lays it out: one is made for the count, hidden, and dropped (the same
        wrapping that draws the line; words measured by hand wrapped elsewhere than it does).
        Counts are kept until the text size or the words change."""
        key = (markup, width)
        rows = self.rows_of.get(key)
        if rows is None:
            box = UITextBox(
                linkify(breakable(markup)),
                pygame.Rect(0, 0, max(width, MIN_BOX), -1),
                manager=self.kit.manager,
                visible=0,
            )
            rows = len(box.text_box_layout.layout_rows)
            box.kill()
            if len(self.rows_of) > ROW_COUNTS:
                self.rows_of.clear()
            self.rows_of[key] = rows
        return rows

    def _tier_shorter(self) -> list[str]:
        """The score's line without what the dial shows, shorter and shorter; none where the
        dial shows nothing the line says (a hidden score's '?', or no room for a dial)."""
        level = self.session.level
        if present.hidden(level) or self.dial.rect.height <= 0:
            return []
        name = f"<b>{escape(level.spec.score.name)}</b>"
        if not present.joined(self.world) or present.two_states(level):
            return [name]  # the badge says "No score", or the state
        if not present.shows_number(level):
            return [name]  # the dial's middle names the tier
        tier = present.tier_of(self.world)  # the dial marks it by its icon alone
        glyph, label = present.tier_glyph(tier), escape(tier.label)
        ways = [f"{name} \u00b7 tier {glyph} <b>{label}</b>", f"{name}: {glyph} <b>{label}</b>"]
        bare = present.without_range(tier.label)  # the Score tab lists the ranges
        if bare != tier.label:
            ways.append(f"{name}: {glyph} <b>{escape(bare)}</b>")
        ways.append(f"{name}<br>{glyph} <b>{escape(bare)}</b>")  # a row each
        return ways

    def _left_rows(self) -> list[Row]:
        """The score, a way back to open questions (their titles stay in the question
        itself, never twice on one screen), goals, what is coming up and today's news. On the
        first day the news leads, right under the score: it is how a level introduces itself
        (a tutorial's welcome), and the goals were on the briefing just before."""
        world = self.world
        rows = [Row(self._tier_line(), plain=True)]
        if world.open_prompts:
            rows.append(Row("", ((self._answer_label(), Action("answer", world.open_prompts[0])),)))
        plans, news = self._plan_rows(), self._news_rows()
        return rows + (news + plans if world.day == 1 else plans + news)

    def _plan_rows(self) -> list[Row]:
        """The goals and their state, and the deadlines coming up."""
        world, spec = self.world, self.session.level.spec
        goals = []
        for g in spec.goals:
            state = world.goals.get(g.id)
            mark = {"met": "\u2713 met", "failed": "\u2717 missed"}.get(state, "open")
            goals.append(f"\u2022 {escape(g.label)}: <i>{mark}</i>")
        rows = [Row("<b>Your goals</b><br>" + "<br>".join(goals))]
        due = present.deadlines(self.session.level, world)
        if due:
            lines = "<br>".join(f"\u2022 {line}" for line in due)
            rows.append(Row(f"<b>Coming up</b><br>{lines}"))
        return rows

    def _news_rows(self) -> list[Row]:
        """Today's news, a line each, so news adds a line instead of setting the whole day's
        text again; the oldest go ten at a time, so the lines kept do not move on every action."""
        if not self.log:
            return []
        start = max(0, len(self.log) - LOG_LINES) // 10 * 10
        return [Row("<b>Today</b>", heading=True)] + [
            Row(f"{self._marker(x)} {escape(x)}", plain=True) for x in self.log[start:]
        ]

    def _marker(self, line: str) -> str:
        """Good or bad news marked by its triangle, else a bullet."""
        p = self.kit.colours
        return present.tone_mark(self.log_tones.get(line), p.good, p.bad) or "\u2022"

    def _answer_label(self) -> str:
        """The longest wording that fits the panel at this text size."""
        n = len(self.world.open_prompts)
        s = "s" if n > 1 else ""
        room = (self.left.width if self.left else 0) - self.kit.px(16) - 12
        labels = (f"Answer the open question{s} ({n})", f"Open question{s} ({n})", f"Answer ({n})")
        return next((x for x in labels if self.text_width(x) <= room), labels[-1])

    def _answer(self, action: Action) -> None:
        self.open_prompt(action.target)

    def _phone_offset(self) -> int:
        """How far the shown tab's list is scrolled, in pixels (0 before it exists)."""
        job = self.phone_box
        if job is None or not job.alive():
            return 0
        return max(0, -job.get_container().get_relative_rect().top)

    def _phone(self, root: UIElement | None, screen: pygame.Rect) -> None:
        self.phone_tab = self.tab
        widths = self._tab_widths(screen.width)
        places = flow(widths, screen.x, screen.width, TAB_GAP)
        for tab, (x, row), bw in zip(TABS, places, widths, strict=True):
            self.button(
                tab,
                (x, screen.y + row * (self.kit.line + 6)),
                lambda t=tab: self.show_tab(t),
                root,
                key=f"tab:{tab}",
                width=bw,
                object_id="#tab_current" if tab == self.tab else None,
            )
        top = screen.y + (places[-1][1] + 1) * (self.kit.line + 6) + 4
        box = self.scroller(pygame.Rect(screen.x, top, screen.width, screen.bottom - top), root)
        cards = CardList(box, screen.width - 24, self._make_card, self.focus, self.act)
        cards.column_of = self._column
        self.phones[self.tab] = cards
        cards.show(self._phone_rows(self.tab))
        keep, self.keep_offset = self.keep_offset, 0
        self._lay_out(self.tab, keep, box.get_relative_rect().height)

    def _tab_widths(self, room: int) -> list[int]:
        """The tabs' widths: a button's usual padding, or less where that keeps the five on
        one row (large text on a small window), so the list below them keeps a row's height
        of cards; never under TAB_PAD (then they wrap)."""
        texts = [self.text_width(t) for t in TABS]
        pad = self.kit.px(16) + 8
        fits = (room - TAB_GAP * (len(TABS) - 1) - sum(texts)) // len(TABS)
        return [t + max(min(pad, fits), TAB_PAD) for t in texts]

    def _phone_rows(self, tab: str) -> list[Row]:
        """The Score tab puts why the score moved right under the score, above the tiers and
        perks, which change rarely: a player opens it to ask what just happened."""
        rows = rows_for(tab, self.world, self._done_today("apply"), self._done_today("post"))
        if tab != "Score":
            return rows
        listed, table = score_offers(self.world)  # asked once for every card of the tab
        rows = rows[:1] + self._ledger_rows(table) + rows[1:]
        return lead_with_reason(self.world, rows, listed, table)

    def _done_today(self, verb: str) -> frozenset[str]:
        """What the player did with `verb` since the day began (the actions after the last
        end of day): the services used, the posts written."""
        today: list[str] = []
        for action in reversed(self.session.actions):
            if action == END_DAY:
                break
            if action.verb == verb:
                today.append(action.target)
        return frozenset(today)

    def _lay_out(self, tab: str, keep: int, height: int) -> None:
        """Lay out the first `height` pixels of a tab's cards (all of them when the list is
        scrolled to `keep`, then scrolled back there); the rest come a little each frame."""
        cards = self.phones[tab]
        cards.grow(ALL if keep else height)
        if cards.done:
            self.card_jobs.pop(tab, None)
        else:
            self.card_jobs[tab] = cards
        if keep:
            _scroll_to(cards.box, keep, cards.y)

    def _make_card(self, cards: CardList, row: Row, y: int) -> CardBuild:
        """One row's card: its face, its text and its buttons, which do `cards.press`; it
        pauses after each widget, so a long list can be laid out a little each frame. The
        buttons go on the card's right, centred beside its text, when the text keeps
        TEXT_SHARE of the width; otherwise below it."""
        inner, width = cards.box.get_container(), cards.width
        face, x = self._face(row, y, inner)
        widgets: list[UIElement] = [face] if face is not None else []
        items: list[FocusItem] = []
        bottom = y
        text = None
        sizes = self._button_widths(row)
        side = beside(sizes, width, x, self.kit.line) if row.markup and not row.heading else None
        if side is not None:
            side = widened(side, self._column(cards, row), width - x - BESIDE_GAP, width)
        if row.markup:
            yield
            oid = None if row.heading or row.plain else "#card"
            room = width - x - (side.width + BESIDE_GAP if side else 0)
            if not (row.buttons or row.idle) and x and not (row.heading or row.plain):
                room = self._short_of_column(cards, row, room, width)  # a refused item's card
            below = False
            if row.done and not row.buttons:  # the note beside the text, or under it
                need = self.text_width(row.done) + 20
                if width - x - room < need:
                    below = width - x - need < int(width * TEXT_SHARE)
                    room = room if below else width - x - need
            text = self.text(row.markup, x, y, room, inner, object_id=oid)
            widgets.append(text)
            height = text.get_relative_rect().height
            if below:
                note = self._done_note(row.done, (x, y + height + 4), 0, inner, width)
                widgets.append(note)
                height += note.get_relative_rect().height + 4
            elif row.done and not row.buttons:
                widgets.append(self._done_note(row.done, (x + room, y), height, inner, width))
            tall = max(x - 8, side.height) if side is not None else 0
            if height < tall:  # a line beside a picture and buttons: on their centre line
                text.set_relative_position((x, y + (tall - height) // 2))
                height = tall
            bottom += max(height, x - 8)
        shown: list[tuple[str, Action | None]] = [*row.buttons, *((x, None) for x in row.idle)]
        if shown:
            if side is not None:
                left, top = width - side.width, y + (bottom - y - side.height) // 2
                places = side.places
            else:
                bottom += 4
                left, top = 0, bottom
                places = flow(sizes, 0, width, 8)
            for (label, action), (bx, r), bw in zip(shown, places, sizes, strict=True):
                yield
                first = len(self.focus.items)
                made = self.button(
                    label,
                    (left + bx, top + r * (self.kit.line + 4)),
                    (lambda a=action: cards.press(a)) if action else lambda: None,
                    inner,
                    key=str(action) if action else f"idle:{label}",
                    width=bw,
                    object_id=None if action else "#idle",
                    scroller=cards.box,
                )
                widgets.append(made)
                if action is None:  # greyed out: no click, no focus (the list says why)
                    made.disable()
                    del self.focus.items[first:]
                    continue
                if text is not None:  # Tab to it shows what it buys, not the Buy alone
                    self.focus.reveal[id(made)] = text
                items += [(k, e, a, cards.box) for k, e, a in self.focus.items[first:]]
            if side is None:
                bottom += (places[-1][1] + 1) * (self.kit.line + 4) + 4
        self.label_buttons(row.markup, [k for k, _, _, _ in items])
        return Card(row, widgets, items, y, bottom - y, self._column(cards, row))

    def _done_note(
        self, words: str, at: tuple[int, int], tall: int, inner: UIElement, width: int
    ) -> UIElement:
        """`words` where a card's button was: at the list's right edge, clear of the card's
        text (which ends at `at`), on the card's centre line (the card is `tall`, or a
        picture's height); with `tall` 0, at `at`'s height (under the text, where the
        button would have gone below it)."""
        left = max(at[0] + 4, width - self.text_width(words) - 16)
        note = self.text(escape(words), left, at[1], width - left, inner)
        if tall:  # beside the text; under it (`tall` 0) it stays where it was put
            high = note.get_relative_rect().height
            top = at[1] + max(0, max(tall, self.kit.px(56)) - high) // 2
            note.set_relative_position((left, top))
        return note

    def focus_card(self, element: UIElement) -> pygame.Rect:
        """The whole card the focused button is on: its face or picture, text and buttons."""
        cards = self.phones.get(self.phone_tab)
        for card in cards.cards if cards is not None else ():
            if any(e is element for _, e, _, _ in card.items):
                rects = [w.get_abs_rect() for w in card.widgets]
                return rects[0].unionall(rects[1:])
        return super().focus_card(element)

    def focus_words(self, element: UIElement) -> tuple[pygame.Rect, ...]:
        """The visible parts of the text boxes on the focused button's card."""
        cards = self.phones.get(self.phone_tab)
        for card in cards.cards if cards is not None else ():
            if any(e is element for _, e, _, _ in card.items):
                return tuple(shown_part(w) for w in card.widgets if isinstance(w, UITextBox))
        return super().focus_words(element)

    def _button_widths(self, row: Row) -> list[int]:
        def words(label: str) -> int:
            twins = row.widest if label in row.widest else (label,)
            return max(self.text_width(t) for t in twins)

        labels = [label for label, _ in row.buttons] + list(row.idle)
        return [words(label) + self.kit.px(16) + 8 for label in labels]

    def _column(self, cards: CardList, row: Row) -> int:
        """The widest block of buttons beside text in the row's section of the list (a
        heading starts one): a section's buttons line up in one column on the right (text
        boxes of one width, not a ragged edge), and 'Write a post' cards are not narrowed
        to the posts' Like and Share below them."""
        cached = self.columns.get(id(cards))
        if cached is None or cached[0] is not cards.rows:
            cached = self.columns[id(cards)] = (cards.rows, self._section_columns(cards))
        return cached[1].get(id(row), 0)

    def _section_columns(self, cards: CardList) -> dict[int, int]:
        """Each row's section's column (by the row's id)."""
        slot, line = self.kit.px(56) + 8, self.kit.line
        sections: list[list[Row]] = [[]]
        widths = [0]
        for row in cards.rows:
            if row.heading and not row.joins_column:
                sections.append([])
                widths.append(0)
            sections[-1].append(row)
            if (row.buttons or row.idle) and row.markup and not row.heading:
                has_face = row.face in self.session.level.characters or row.picture is not None
                side = beside(self._button_widths(row), cards.width, slot if has_face else 0, line)
                widths[-1] = max(widths[-1], side.width if side is not None else 0)
        return {id(r): w for rows, w in zip(sections, widths, strict=True) for r in rows}

    def _short_of_column(self, cards: CardList, row: Row, room: int, width: int) -> int:
        """A card with a picture and no buttons ends where its neighbours' text does, level
        with them, if that keeps it TEXT_SHARE of the width."""
        column = self._column(cards, row)
        narrower = room - column - BESIDE_GAP
        return narrower if column and narrower >= int(width * TEXT_SHARE) else room

    def _face(self, row: Row, y: int, inner: UIElement) -> tuple[UIElement | None, int]:
        """The row's portrait (or its item's picture) at its left, and where its text starts."""
        character = self.session.level.characters.get(row.face or "")
        size = self.kit.px(56)
        rect = pygame.Rect(0, y, size, size)
        if character is not None:
            return self.portrait(character, rect, inner, row.mood), size + 8
        if row.picture is not None:
            return self.picture(row.picture, rect, inner), size + 8
        return None, 0

    def _ledger_rows(self, table: Offers | None = None) -> list[Row]:
        """Today's and yesterday's changes get a card each; so does any the player may still
        dispute (its button is on it). Earlier days share one card, each entry once with its days."""
        level, world = self.session.level, self.world
        table = score_offers(world)[1] if table is None else table
        if present.hidden(level) or not (present.joined(world) or self.session.changes()):
            return []  # hidden, or an opt-in score not joined: no score to explain
        heading = escape(present.why_it_moved(level))
        rows = [Row(f"<b>{heading}</b> (newest first)", heading=True)]
        waiting = present.pending_markup(level, world.pending)
        rows += [Row(waiting)] if waiting else []
        older: list[ev.ScoreChanged] = []
        for change in reversed(self.session.changes()):
            disputed = self._disputable(change)
            if change.day >= world.day - 1 or disputed is not None:
                rows.append(ledger_card(table, present.ledger_markup(level, change), disputed))
            else:
                older.append(change)
        if older:
            rows.append(Row(present.ledger_earlier_markup(level, older)))
        if not self.session.changes():
            rows.append(Row("No changes yet."))
        return rows

    def _disputable(self, change: ev.ScoreChanged) -> int | None:
        """The change's id if the player may still dispute it, else None."""
        disputable = (
            self.session.level.spec.score.dispute
            and change.disputable
            and change.change_id in self.world.disputable
        )
        return change.change_id if disputable else None

    def session_reloaded(self, note: str | None = None) -> None:
        """Live reload replaced the session's world: show it, on the same tab, focus kept,
        with `note` (what was reloaded) in a toast, so a save is seen to have counted."""
        self.dial.jump()
        self._today_log()
        self.toasts = [Toast(note, "neutral")] if note else []
        self.dirty = True

    def on_resume(self) -> None:
        """Back from a dialog: whatever it changed is shown in place, nothing else rebuilt."""
        self.stale = True

    # actions -------------------------------------------------------------------------------
    def show_tab(self, tab: str) -> None:
        """Only the phone shows the tab, so only the phone is rebuilt."""
        self.tab = tab
        self.phone_dirty = True

    def act(self, action: Action) -> list[ev.Event]:
        """Take an action; the list keeps its place and focus its card (or the next one, but
        after cutting someone the tab), and the run is saved at once, so no route out of the game loses it."""
        self.keep_offset = self._phone_offset()
        self.cut = action.verb in HARMFUL
        before = self.world
        events = self.session.act(action)
        self.spent = self.world.actions_left == 0 and not self.world.ended
        self._news(events, decided_by(before, self.world) if action != END_DAY else ())
        warning = self.director.autosave(self.session)
        if warning:
            self.log.append(warning)
            self.toasts = trim_toasts([*self.toasts, Toast(warning, "bad")], self._toast_limit())
        self.stale = True
        return events

    def _refresh(self) -> bool:
        """Show what an action changed in place: the cards whose rows are unchanged keep their
        widgets, the hidden tabs are dropped (they are built anew when shown), focus stays on
        its card. The phone and the status line change in this frame, the left panel in the
        next (the news is in the toasts already). False when the layout must be built anew."""
        if self.phone_mark is None or self.left is None or self.status is None:
            return False
        if self.world.day != self.day_shown or self.phone_tab not in self.phones:
            return False
        box, markup = self.status
        now = self._status_markup(box.get_relative_rect().width)
        if now != markup:
            height = box.get_relative_rect().height
            box.set_text(linkify(now))
            self.status = (box, now)
            if box.get_relative_rect().height != height:
                return False
        for tab in list(self.hidden_phones):
            self.hidden_phones.pop(tab).kill()
            self.phones.pop(tab, None)
            self.card_jobs.pop(tab, None)
        items = self.focus.all_items()
        before = items[: self.phone_mark[1]]
        tabs = items[self.phone_mark[1] : self.phone_mark[1] + len(TABS)]
        cards = self.phones[self.phone_tab]
        cards.show(self._phone_rows(self.phone_tab))
        # what is in view now, the rest in the next frames; the list stays where it was
        keep, self.keep_offset = self.keep_offset, 0
        cards.grow(keep + cards.box.get_relative_rect().height)
        shown = [k for k, _, _, _ in items[self.phone_mark[1] + len(TABS) :]]
        focused = self.focus.current_key()
        if focused in shown:  # on a card: if its button went, the next one the player saw
            self._build_down_to(cards, set(shown[shown.index(focused) :]))
        if cards.done:
            self.card_jobs.pop(self.phone_tab, None)
        else:
            self.card_jobs[self.phone_tab] = cards
        self.focus.reorder(before + tabs + cards.items())
        now = self.focus.current_key()
        if now != focused and (now is None or now.startswith("tab:")):
            # no button after the one that went: the shown tab, where Enter does nothing,
            # not the tab next to it (Enter there switched the phone to another tab)
            self.focus.focus_key(f"tab:{self.phone_tab}")
        self.left_stale = True
        self._maybe_prompt()
        return True

    def _refresh_left(self) -> None:
        """The left panel's cards in place: the score, open questions, goals and news."""
        self.left_stale = False
        if self.left is None or self.phone_mark is None:
            return
        items = self.focus.all_items()
        fixed, phone = items[: self.left_mark], items[self.phone_mark[1] :]
        focused = self.focus.current_key()
        self.left.show(self._left_rows())
        self.left.grow(ALL)
        self._newest_news_in_view()
        self.focus.reorder(fixed + self.left.items() + phone)
        self.phone_mark = (self.phone_mark[0], self.left_mark + len(self.left.items()))
        now = self.focus.current_key()
        if now != focused and now is not None and now.startswith("tab:"):
            # the question's button went: the shown tab, not Shop (the next button), where
            # Enter would switch the phone away from the tab the player was on
            self.focus.focus_key(f"tab:{self.phone_tab}")

    def _newest_news_in_view(self) -> None:
        """Scroll the left panel down to Today's newest line when an action put it below
        the panel's bottom (under a tutorial's welcome, or a long day's news): what the click
        did stays in sight after its toast goes."""
        cards, shown, self.left_lines = self.left, self.left_lines, len(self.log)
        if cards is None or len(self.log) <= shown:  # no new line: the panel stays put
            return
        newest = f"{self._marker(self.log[-1])} {escape(self.log[-1])}"
        card = next((c for c in reversed(cards.cards) if c.row.markup == newest), None)
        if card is None:
            return
        box = cards.box
        view = box.get_relative_rect().height
        offset = max(0, -box.get_container().get_relative_rect().top)
        bottom = card.y + card.height
        if bottom > offset + view:
            _scroll_to(box, min(card.y, bottom - view + 4), cards.y)  # 4: rounding

    def _news(self, events: list[ev.Event], decided: tuple[PendingChange, ...] = ()) -> None:
        """Each event's line in the log and a toast, and the changes an action decided for
        the next update after them."""
        level = self.session.level
        self.feedback.push(cues_for(level, events))
        answered, later = self._log_step(events, decided)
        lines = [x for x in (present.event_line(level, e) for e in events) if x]
        if answered:
            lines.append(answered)
            self._toast(Toast(answered, "neutral"))
        self.kit.voice.say(" ".join(lines + [x for x, _ in later]))
        for e in events:
            line = present.event_line(level, e)
            if line and not isinstance(e, ev.BulletinShown):
                self._toast(Toast(line, present.toast_tone(e), 0.0, *speaker(level, e)))
        full = present.explains(level) == "full"
        for line, change in later:
            self._toast(Toast(line, ("good" if change.delta > 0 else "bad") if full else "neutral"))
        self.toasts = trim_toasts(self.toasts, self._toast_limit())

    def _log_step(
        self, events: list[ev.Event], decided: tuple[PendingChange, ...]
    ) -> tuple[str | None, list[tuple[str, PendingChange]]]:
        """Add one action's lines to Today (with their tones): the player's answer where
        nothing else tells it, each event's line, the changes it decided for a later update.
        Returns the answer's line and the decided changes' lines, for the toasts."""
        level = self.session.level
        later = [(x, c) for x, c in ((present.queued_line(level, c), c) for c in decided) if x]
        answered = None if later else present.answer_line(level, events)
        if answered:
            self.log.append(answered)
        for e in events:
            line = present.event_line(level, e)
            if line:
                self.log.append(line)
                self._tone(line, present.toast_tone(e))
        full = present.explains(level) == "full"
        for line, change in later:
            if full or line not in self.log:  # "Noted. Tonight, ..." once a day, not per act
                self.log.append(line)
                if full:
                    self._tone(line, "good" if change.delta > 0 else "bad")
        return answered, later

    def _today_log(self) -> None:
        """Today's list as the day's actions made it, from the run: the morning's lines, then
        each action's (a live reload or a resume shows what the player saw before)."""
        morning, steps = self.session.today()
        self.log = self._morning_lines(morning)
        self.log_tones.clear()
        for step in steps:
            decided = step.decided if step.action != END_DAY else ()
            self._log_step(self.session.events[step.start : step.end], decided)

    def _tone(self, line: str, tone: str) -> None:
        if tone in ("good", "bad"):
            self.log_tones[line] = tone

    def _toast(self, toast: Toast) -> None:
        self.toasts = [*(t for t in self.toasts if t.text != toast.text), toast]

    def _toast_limit(self) -> int:
        """MAX_TOASTS, or fewer where they would take more than 1/TOAST_SHARE of the list
        (the newest is shown whole however tall it is: it says why the score moved)."""
        box = self.phone_box
        if box is None or not box.alive():
            return MAX_TOASTS
        share = (self._list_bottom() - box.get_relative_rect().top) // TOAST_SHARE
        layout = self._toast_layout()
        for limit in range(MAX_TOASTS, 1, -1):
            kept = trim_toasts(self.toasts, limit)
            if sum(layout.height(t) + TOAST_GAP for t in kept) <= share:
                return limit
        return 1

    def end_day(self) -> None:
        """End the day; with actions left, ask first (Enter twice must not skip a day)."""
        left = self.world.actions_left
        if left > 0 and not self.world.ended:
            word = "action" if left == 1 else "actions"
            question = f"You still have {left} {word} today. End the day?"
            self.nav.push(ConfirmScene(self.kit, self.nav, question, "End the day", self.close_day))
            return
        self.close_day()

    def close_day(self) -> None:
        """End the day now: the evening, then the next morning or the debrief."""
        before = len(self.session.events)
        day = self.world.day
        self.session.act(END_DAY)
        events = self.session.events[before:]
        warning = self.director.day_ended(self.session)

        morning = self._morning_lines(events) if not self.world.ended else []
        self.log = [warning] if warning else []
        self.log_tones.clear()
        self.toasts.clear()
        self.dirty = True
        self.nav.push(
            EveningScene(
                self.kit,
                self.nav,
                self.session,
                day,
                events,
                lambda: self._after_evening(morning),
            )
        )

    def _after_evening(self, morning: list[str]) -> None:
        """The morning's lines join Today only once the evening report (which lists them under
        Tomorrow) has closed, so one screen never shows them twice."""
        if self.world.ended:
            self.director.debrief(self.session)
            return
        self.log.extend(morning)
        self.dirty = True

    def _maybe_prompt(self) -> None:
        for pid in self.world.open_prompts:
            key = (self.world.day, pid)
            if key not in self.prompted and self.nav.top is self:
                self.prompted.add(key)
                self.open_prompt(pid)
                return

    def open_prompt(self, pid: str) -> None:

        level = self.session.level
        self.nav.push(
            PromptScene(self.kit, self.nav, level.prompts[pid], self.act, level.characters)
        )

    def open_pause(self) -> None:

        self.nav.push(PauseScene(self.kit, self.nav, self._save_and_leave))

    def open_help(self) -> None:

        self.nav.push(HelpScene(self.kit, self.nav))

    def _save_and_leave(self) -> None:
        self.director.save(self.session)
        self.director.level_select()

    def on_escape(self) -> bool:
        self.open_pause()
        return True

    def handle_event(self, event: pygame.event.Event) -> bool:
        if event.type in (pygame.KEYDOWN, pygame.MOUSEBUTTONDOWN):
            self.feedback.skip()  # the key or click still does its job below
            self.pointing = event.type == pygame.MOUSEBUTTONDOWN
        if event.type == pygame.KEYDOWN and pygame.K_1 <= event.key <= pygame.K_5:
            self.kit.audio.play("click")  # as clicking the tab's button sounds
            self.show_tab(TABS[event.key - pygame.K_1])
            return True
        if event.type == pygame.KEYDOWN and self._arrow_between_tabs_and_cards(event.key):
            return True
        if event.type == pygame.KEYDOWN and event.key == pygame.K_F12 and self.director.designer:
            self.open_inspector()
            return True
        return super().handle_event(event)

    def _arrow_between_tabs_and_cards(self, key: int) -> bool:
        """Down on a tab button goes straight to the tab's first card (not through the other
        tabs, as Tab does), and Up on the first card comes back to its tab. Down into the row
        of tabs from above ("End the day" after a number key chose a tab) lands on the shown
        tab, not on Shop, where Enter would switch away from the tab just chosen."""
        keys = [k for k, _, _ in self.focus.items]
        current = self.focus.current_key()
        tabs = [i for i, k in enumerate(keys) if k.startswith("tab:")]
        if current is None or not tabs:
            return False
        if key == pygame.K_DOWN and keys.index(current) == tabs[0] - 1:
            self.focus.focus_key(f"tab:{self.phone_tab}")
            return True
        if tabs[-1] + 1 >= len(keys):
            return False
        first_card = keys[tabs[-1] + 1]
        if first_card == "End the day":
            return False  # the tab has no card with a button
        if key == pygame.K_DOWN and current.startswith("tab:"):
            self.focus.focus_key(first_card)
            return True
        if key == pygame.K_UP and current == first_card:
            self.focus.focus_key(f"tab:{self.phone_tab}")
            return True
        return False

    def open_inspector(self) -> None:
        """F12 for designers (`play --watch` or `--debug`): the world's true state."""

        self.nav.push(InspectorScene(self.kit, self.nav, self.session))

    # frame ---------------------------------------------------------------------------------
    def update(self, dt: float) -> None:
        built = self.dirty or self.phone_dirty or self.stale
        if self.left_stale and not built:
            self._refresh_left()
            built = True
        if self.stale and not self.dirty and not self._refresh():
            self.dirty = True
        self.stale = False
        if self.phone_dirty and not self.dirty and self.phone_mark is not None:
            self._switch_phone(self.phone_mark)
        self.phone_dirty = False
        super().update(dt)
        job = self.card_jobs.get(self.phone_tab)
        if job is not None and not built:
            job.grow(job.box.get_relative_rect().height // 2, budget_s=GROW_BUDGET_S)
            if job.done:
                del self.card_jobs[self.phone_tab]
        if self.cut:
            # the next person's Unfriend sits where this one was: a second Enter (a double
            # press) would cut them too, and this person's Befriend would undo the cut, so
            # focus goes to the tab, where Enter does nothing and the list stays put
            self.focus.focus_key(f"tab:{self.phone_tab}")
            self.cut = False
        if self.spent and not self.dirty:
            # no card has a button left: "End the day" is next, unless a question is still
            # open (ending the day would let its pre-ticked box answer it)
            if not self.world.open_prompts:
                self.focus.focus_key("End the day")
            box = self.phone_box
            if box is not None and box.alive():  # the list's top says why its buttons are grey
                _keep_offset(box, 0)
            self.spent = False
        self.dial.count(dt)
        self.feedback.update(dt)
        self.dial.render()
        self._render_phone()
        for toast in self.toasts:
            toast.age += dt
        self.toasts = [t for t in self.toasts if t.age < TOAST_SECONDS]
        if not built:  # resizing the list takes a few ms: not in a frame that built cards
            self._fit_list()

    def draw(self, surface: pygame.Surface) -> None:
        if self.phone_image is not None:
            surface.blit(self.phone_image, self.phone_rect)
        self.dial.draw(surface, self.feedback.shake())

    def restyle(self) -> None:
        super().restyle()
        self.phone_image, self.phone_mark = None, None
        self.dial.restyle()
        self.rows_of.clear()

    def _switch_phone(self, mark: tuple[int, int]) -> None:
        """Hide the shown tab's phone and show the chosen one, built only on its first visit."""
        if self.tab == self.phone_tab:
            return
        shown = self.take_after(mark)
        shown.hide()
        self.hidden_phones[self.phone_tab] = shown
        cached = self.hidden_phones.pop(self.tab, None)
        if cached is None:
            self._phone(self.root, self._phone_inner())
        else:
            self.put_back(cached)
        self.phone_tab = self.tab
        key = self.focus.current_key()
        if key is None or key.startswith("tab:"):
            # it was on the old tab's cards, or on a tab button (a number key chose another
            # tab): the chosen tab's button, so Enter does not switch back
            self.focus.focus_key(f"tab:{self.tab}")

    def _kill(self) -> None:
        super()._kill()
        for part in self.hidden_phones.values():
            part.kill()
        self.hidden_phones.clear()
        self.card_jobs.clear()
        self.phones.clear()
        self.columns.clear()
        self.left, self.status, self.phone_mark = None, None, None

    def _render_phone(self) -> None:
        """The phone's frame, drawn once per layout (big rounded rectangles are slow)."""
        if self.phone_image is not None and self.phone_image.get_size() == self.phone_rect.size:
            return
        p = self.kit.colours
        image = pygame.Surface(self.phone_rect.size, pygame.SRCALPHA)
        pygame.draw.rect(image, p.phone, image.get_rect(), border_radius=26)
        pygame.draw.rect(image, p.screen, image.get_rect().inflate(-20, -20), border_radius=14)
        self.phone_image = image

    def draw_overlay(self, surface: pygame.Surface) -> None:
        super().draw_overlay(surface)
        self.feedback.draw(surface)
        self._toast_layout().draw(surface, self.toasts)

    def _toast_layout(self) -> ToastLayout:
        return ToastLayout(self.kit, self.session.level, self._phone_inner(), self._toast_room())

    def toast_boxes(self) -> list[pygame.Rect]:
        """Where each toast goes: stacked at the foot of the phone, in the room the list
        leaves them (see `_fit_list`)."""
        return self._toast_layout().boxes(self.toasts)

    def toast_lines(self, toast: Toast) -> list[str]:
        return self._toast_layout().lines(toast)

    def _toast_room(self) -> int:
        """The height a toast's text may take before it is cut to its first sentences: a
        share of the phone's list (no limit before the list is laid out)."""
        box = self.phone_box
        if box is None or not box.alive():
            return 1 << 30
        return (self._list_bottom() - box.get_relative_rect().top) // TOAST_SHARE - TOAST_GAP

    def _phone_inner(self) -> pygame.Rect:
        """The phone's screen inside its frame, where its list goes."""
        return self.phone_rect.inflate(-28, -28)

    def _list_bottom(self) -> int:
        """Where the phone's list ends when no toast is shown."""
        return self._phone_inner().bottom

    def _fit_list(self) -> None:
        """While toasts are shown the phone's list ends above them, so they never cover a
        card's buttons; a focused button the shorter list hid is scrolled back into view with
        its card above it (not under a cut-off title), unless the player is using the mouse.
        Only the list's height changes, when a toast comes or goes (pygame_gui then moves
        every widget in it, some 5 ms for a shop, so never in the frame of an action)."""
        box = self.phone_box
        if box is None or not box.alive():
            return
        rect = box.get_relative_rect()
        layout = self._toast_layout()
        room = sum(layout.height(t) + TOAST_GAP for t in self.toasts)
        height = max(MIN_BOX, self._list_bottom() - room - rect.top)
        if rect.height == height:
            return
        offset = self._phone_offset()
        box.set_dimensions((rect.width, height))
        _keep_offset(box, offset)
        focused = self.focus.focused()
        if (
            not self.pointing
            and focused is not None
            and self.focus.scroller.get(id(focused)) is box
        ):
            scroll_into_view(box, focused, self.focus.reveal.get(id(focused)))


def _keep_offset(box: UIScrollingContainer, offset: int) -> None:
    """Scroll a resized list back to `offset` to the pixel (its bar alone moves in steps of
    a few pixels), without the bar moving it again in the next update."""
    bar, inner = box.vert_scroll_bar, box.get_container()
    if bar is None or box.scrolling_height <= 0:
        return
    bar.set_scroll_from_start_percentage(offset / box.scrolling_height)
    box.update(0.0)
    rect = inner.get_relative_rect()
    if rect.top != -offset:
        inner.set_relative_position((rect.x, -offset))
        bar.has_moved_recently = False


def _scroll_to(box: UIScrollingContainer, offset: int, height: int) -> None:
    """Put a rebuilt list back where it was scrolled to (its cards are built by then)."""
    finish_scroller(box, height)
    bar = box.vert_scroll_bar
    if bar is not None and height > 0:
        bar.set_scroll_from_start_percentage(min(1.0, offset / height))
        box.update(0.0)
