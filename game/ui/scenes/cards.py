"""A scrolling list of cards that an action updates in place.

Building pygame_gui text boxes is what makes a screen slow, so each card is keyed (by its first
button's action, or by its text) and a new list of rows keeps every card whose row is unchanged,
only moving it if its place shifted; just the cards that changed are built anew. A long list is
built a screenful at a time, then a little more each frame, in the same order: a card is built
one widget at a time (a card's text box alone takes a few milliseconds), and sizing the
scrolling area at the end gets a frame of its own.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator
from dataclasses import dataclass, field

from pygame_gui.core import UIElement
from pygame_gui.core.ui_element import UIElement as Element
from pygame_gui.elements import UIScrollingContainer

from game.core.actions import Action
from game.ui.focus import FocusItem, FocusRing
from game.ui.scene import finish_scroller
from game.ui.scenes.tabs import Row


@dataclass
class Card:
    """One row's widgets inside a list, and the focus items of its buttons."""

    row: Row
    widgets: list[UIElement]
    items: list[FocusItem]
    y: int
    height: int
    column: int = 0
    """The width of its section's column of buttons when it was built (see `CardList`)."""

    def move_to(self, y: int) -> None:
        """Shift the card's widgets down or up; nothing is drawn anew."""
        dy, self.y = y - self.y, y
        if dy:
            for element in self.widgets:
                rect = element.get_relative_rect()
                element.set_relative_position((rect.x, rect.y + dy))

    def kill(self) -> None:
        for element in self.widgets:
            element.kill()


CardBuild = Generator[None, None, Card]
"""A card being built: it pauses after each widget and returns the finished card."""

Maker = Callable[["CardList", Row, int], CardBuild]
"""Builds one row's card at a height inside a list."""

ALL = 1 << 30
"""A height that lays out every card at once."""

OUT_OF_VIEW = -(1 << 20)
"""Where a spare card waits once new cards are laid out over its place: above any list."""


@dataclass
class CardList:
    """The cards of one scrolling box: those built so far, in row order, and spares kept from
    the last rows until the new rows have been laid out."""

    box: UIScrollingContainer
    width: int
    make: Maker
    focus: FocusRing
    press: Callable[[Action], object]
    """What a card's button does with its action."""
    gap: int = 10
    rows: list[Row] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    cards: list[Card] = field(default_factory=list)
    spare: dict[str, Card] = field(default_factory=dict)
    y: int = 0
    built: int = 0
    """How many cards have been built anew since the list was made (for tests and profiles)."""
    pending: CardBuild | None = None
    """The card being built, when a frame's budget ran out in the middle of it."""
    settled: bool = True
    """Whether the spares are gone and the scrolling area fits the cards."""
    column_of: Callable[[CardList, Row], int] | None = None
    """The column of buttons a row's card is laid out against: a card built against another
    column (its section's widest buttons greyed out or gone) is built anew, or it would stick
    out of the new right edge, or fall short of it."""

    @property
    def done(self) -> bool:
        return self.settled and len(self.cards) == len(self.rows)

    def show(self, rows: list[Row]) -> None:
        """Lay out these rows next: the cards built so far become spares, to be reused
        wherever their row comes back unchanged (a half-built card is finished first)."""
        if self.pending is not None:
            self._finish(_run(self.pending))
        for key, card in zip(self.keys, self.cards, strict=False):
            self.spare[key] = card
        self.rows, self.keys, self.cards, self.y = rows, row_keys(rows), [], 0
        self.settled = False

    def grow(self, height: int, budget_s: float | None = None) -> None:
        """Lay out the next `height` pixels of cards, or as many widgets as `budget_s` seconds
        allow (at least one), so a frame that also draws stays short. The spares go and the
        scrolling area is sized at the end, in a frame of their own when on a budget."""
        stop = self.y + height
        deadline = time.perf_counter() + budget_s if budget_s is not None else None
        worked = False
        while len(self.cards) < len(self.rows) and self.y < stop:
            if deadline is not None and worked and time.perf_counter() > deadline:
                return
            if self.pending is None:
                i = len(self.cards)
                card = self._reuse(self.keys[i], self.rows[i])
                if card is not None:
                    self._place(card)
                    continue
                self.pending = self.make(self, self.rows[i], self.y)
            worked = True
            try:
                next(self.pending)
            except StopIteration as finished:
                self._finish(finished.value)
        self._clear_laid_out()
        built_all = len(self.cards) == len(self.rows)
        if built_all and not self.settled and (deadline is None or not worked):
            self._settle()
        elif not built_all and deadline is None:
            # the scroll bar now, while the list is short: sizing it later, with every card
            # in, would move them all; from then on only the area and the bar change
            fit_height(self.box, self.y + 1)

    def _finish(self, card: Card) -> None:
        self.pending = None
        self.built += 1
        self._place(card)

    def _place(self, card: Card) -> None:
        self.cards.append(card)
        self.y = card.y + card.height + self.gap

    def _clear_laid_out(self) -> None:
        """Spares still lying where new cards now are (a person who moved to another group, a
        row that is gone) go out of view until they are reused or killed, so no frame draws
        an old card under a new one."""
        for card in self.spare.values():
            if OUT_OF_VIEW < card.y < self.y:
                card.move_to(OUT_OF_VIEW)

    def _settle(self) -> None:
        for card in self.spare.values():
            card.kill()
        self.spare.clear()
        fit_height(self.box, self.y)
        self.settled = True

    def _reuse(self, key: str, row: Row) -> Card | None:
        card = self.spare.pop(key, None)
        if card is not None and not self._fits(card, row):
            card.kill()
            card = None
        if card is not None:
            card.move_to(self.y)
            for item in card.items:
                self.focus.add(*item)
        return card

    def _fits(self, card: Card, row: Row) -> bool:
        """Whether a kept card shows this row as a card built now would."""
        if card.row != row:
            return False
        return self.column_of is None or card.column == self.column_of(self, row)

    def items(self) -> list[FocusItem]:
        """The focus items of the cards laid out so far, in order."""
        return [item for card in self.cards for item in card.items]

    def card_for(self, key: str) -> Card | None:
        return next((c for k, c in zip(self.keys, self.cards, strict=False) if k == key), None)


def _run(build: CardBuild) -> Card:
    """Finish building a card at once."""
    while True:
        try:
            next(build)
        except StopIteration as finished:
            return finished.value


def row_keys(rows: list[Row]) -> list[str]:
    """A key per row: its first button's action (what a player's focus follows), else its text;
    repeats are numbered, so every key in a list is unique."""
    seen: dict[str, int] = {}
    keys = []
    for row in rows:
        base = str(row.buttons[0][1]) if row.buttons else row.markup
        seen[base] = seen.get(base, -1) + 1
        keys.append(f"{base}#{seen[base]}")
    return keys


def fit_height(box: UIScrollingContainer, height: int) -> None:
    """Size a list's scrolling area to its cards, keeping where it is scrolled to.

    pygame_gui's own resize moves every widget in the list three times over (10 ms and more for
    a long list, on every action); when the scroll bar is there before and after, only the
    area's height and the bar's proportions change, so just those are set."""
    inner = box.get_container()
    size = (box.get_relative_rect().width - 20, max(1, height))
    now = inner.get_relative_rect()
    if now.size == size:
        return
    view = getattr(box, "_view_container", None)
    bar = box.vert_scroll_bar
    recalculate = getattr(box, "_calculate_scrolling_dimensions", None)
    if (
        view is None
        or bar is None
        or recalculate is None
        or now.width != size[0]
        or min(now.height, size[1]) <= view.rect.height
    ):
        finish_scroller(box, height)
        return
    Element.set_dimensions(inner, size)  # the area alone, not every widget in it
    recalculate()
    bar.set_visible_percentage(view.rect.height / box.scrolling_height)
    offset = view.rect.top - inner.rect.top
    bar.set_scroll_from_start_percentage(offset / box.scrolling_height)
    if abs(bar.start_percentage * box.scrolling_height - offset) < 1:
        bar.has_moved_recently = False  # still where it was: moving it would redo every widget
