"""Keyboard focus over a scene's buttons: Tab and arrows move, Enter presses."""

from collections.abc import Callable

import pygame
import pygame_gui
from pygame_gui.core import UIElement
from pygame_gui.elements import UIScrollingContainer

FocusItem = tuple[str, UIElement, Callable[[], None], UIScrollingContainer | None]
"""A focus key, its button, what pressing it does and the list that scrolls to it."""


class FocusRing:
    """Buttons in reading order with what each does; focus survives rebuilds by key."""

    def __init__(self) -> None:
        self.items: list[tuple[str, UIElement, Callable[[], None]]] = []
        self.scroller: dict[int, UIScrollingContainer] = {}
        self.reveal: dict[int, UIElement] = {}
        """A button's card: scrolling to the button shows the card above it too, so a focused
        Play is never seen without the name of what it plays."""
        self.index = -1
        self.wanted: str | None = None
        self.wanted_at = -1
        """Where the wanted key stood: if it is gone after a rebuild, focus goes to the
        button now in that place (the next card's), not back to the start."""
        self.followers: list[str] = []
        """The keys after the wanted one, in the order the player saw: if it is gone, focus
        goes to the first of them still there, even when a button above was taken away too."""

    def clear(self) -> None:
        self.wanted, self.wanted_at = self.current_key(), self.index
        self.followers = self._followers() if self.wanted else []
        self.items, self.scroller, self.reveal, self.index = [], {}, {}, -1

    def _followers(self) -> list[str]:
        """The keys after the focused one, leaving out the cards a list re-added at the end
        while it rebuilt (they already stand before it): after the last card's button went,
        focus jumped to the first card, at the top of a long list."""
        before = {k for k, _, _ in self.items[: self.index + 1]}
        return [k for k, _, _ in self.items[self.index + 1 :] if k not in before]

    def settle(self) -> None:
        """After a rebuild: the wanted key was not found, so focus the next button the player
        saw after it, or else keep the focus's place."""
        if self.index < 0 and self.wanted is not None and self.wanted_at >= 0 and self.items:
            keys = {k: i for i, (k, _, _) in enumerate(self.items)}
            after = next((keys[k] for k in self.followers if k in keys), None)
            self.index = after if after is not None else min(self.wanted_at, len(self.items) - 1)
        self.wanted, self.followers = None, []

    def add(
        self,
        key: str,
        element: UIElement,
        action: Callable[[], None],
        scroller: UIScrollingContainer | None = None,
    ) -> None:
        self.items.append((key, element, action))
        if scroller is not None:
            self.scroller[id(element)] = scroller
        if key == self.wanted:
            self.index = len(self.items) - 1

    def take_from(self, length: int) -> list[FocusItem]:
        """Take out the items from `length` on, to add again later; focus comes back by key."""
        self.wanted = self.current_key()
        if self.index >= length:
            self.index = -1
        taken = [(k, e, a, self.scroller.pop(id(e), None)) for k, e, a in self.items[length:]]
        del self.items[length:]
        return taken

    def all_items(self) -> list[FocusItem]:
        """Every item with the list that scrolls to it, in focus order."""
        return [(k, e, a, self.scroller.get(id(e))) for k, e, a in self.items]

    def reorder(self, items: list[FocusItem]) -> None:
        """Swap in the items of a screen updated in place: focus stays on its key, or when
        that button is gone, on the one now in its place. Each button keeps its card."""
        reveal = {id(e): self.reveal[id(e)] for _, e, _, _ in items if id(e) in self.reveal}
        self.clear()
        for item in items:
            self.add(*item)
        self.reveal = reveal
        self.settle()

    def current_key(self) -> str | None:
        return self.items[self.index][0] if 0 <= self.index < len(self.items) else None

    def focus_key(self, key: str) -> None:
        for i, (k, _, _) in enumerate(self.items):
            if k == key:
                self._set(i)

    def action_for(self, element: UIElement) -> Callable[[], None] | None:
        return next((a for _, e, a in self.items if e is element), None)

    def focused(self) -> UIElement | None:
        return self.items[self.index][1] if 0 <= self.index < len(self.items) else None

    def handle_key(self, event: pygame.event.Event) -> bool:
        """Tab, shift-Tab, arrows, Enter and Space; True when the key was used."""
        if event.type != pygame.KEYDOWN or not self.items:
            return False
        back = event.key in (pygame.K_UP, pygame.K_LEFT) or (
            event.key == pygame.K_TAB and event.mod & pygame.KMOD_SHIFT
        )
        if back or event.key in (pygame.K_TAB, pygame.K_DOWN, pygame.K_RIGHT):
            step = -1 if back else 1
            start = self.index if self.index >= 0 else (0 if back else -1)
            self._set((start + step) % len(self.items))
            return True
        if event.key in (pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE) and self.index >= 0:
            self.items[self.index][2]()
            return True
        return False

    def _set(self, index: int) -> None:
        self.index = index
        self.show_current()

    def show_current(self) -> None:
        """Scroll the focused button's list so it shows: focus found again by key after a
        rebuild (`add`) is not scrolled to, and a rebuilt list starts at its top."""
        element = self.focused()
        scroller = self.scroller.get(id(element)) if element is not None else None
        if element is not None and scroller is not None:
            scroll_into_view(scroller, element, self.reveal.get(id(element)))


def scroll_into_view(
    scroller: UIScrollingContainer, element: UIElement, card: UIElement | None = None
) -> None:
    """Scroll a list so the element shows; with its card, so the card shows above it too
    (or, when both do not fit, as much of the card as fits above the element)."""
    bar = scroller.vert_scroll_bar
    if bar is None:
        return
    inner = scroller.get_container()
    view = scroller.get_relative_rect().height
    top = element.get_relative_rect().top
    bottom = element.get_relative_rect().bottom
    offset = -inner.get_relative_rect().top
    if card is not None:
        start = max(card.get_relative_rect().top - 4, bottom + 4 - view)
        if start < offset or bottom > offset + view or card.get_relative_rect().top < offset:
            _scroll_exactly(scroller, start)
        return
    if top < offset or bottom > offset + view:
        _scroll_exactly(scroller, int(top - view / 3))


def _scroll_exactly(scroller: UIScrollingContainer, offset: int) -> None:
    """Scroll to `offset` to the pixel: the bar alone moves in steps of its own pixels, some
    ten of the list's in a long list, and left a focused button's bottom below the list."""
    bar, inner = scroller.vert_scroll_bar, scroller.get_container()
    rect = inner.get_relative_rect()
    offset = max(0, min(offset, rect.height - scroller.get_relative_rect().height))
    bar.set_scroll_from_start_percentage(max(0.0, min(1.0, offset / max(1, rect.height))))
    scroller.update(0.0)
    rect = inner.get_relative_rect()
    if rect.top != -offset:
        inner.set_relative_position((rect.x, -offset))
        bar.has_moved_recently = False


def shown_part(element: UIElement) -> pygame.Rect:
    """The part of an element the player can see: its rectangle cut by every container it
    sits in, so a button scrolled out of its list shows no focus ring over the rest."""
    rect = element.get_abs_rect()
    container = element.ui_container
    seen: set[int] = set()
    while container is not None and id(container) not in seen:
        seen.add(id(container))
        inner = container.get_container()
        rect = rect.clip(inner.get_abs_rect())
        container = inner.ui_container
    return rect


def is_button_press(event: pygame.event.Event) -> bool:
    return event.type == pygame_gui.UI_BUTTON_PRESSED
