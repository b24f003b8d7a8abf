"""Scenes on a stack: lifecycle hooks, input that falls through until consumed, pure drawing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

import pygame
import pygame_gui
from pygame_gui.core import UIElement
from pygame_gui.elements import (
    UIButton,
    UIImage,
    UIPanel,
    UIScrollingContainer,
    UITextBox,
    UIVerticalScrollBar,
)

from game.ui.breakable import breakable
from game.ui.focus import FocusItem, FocusRing, shown_part
from game.ui.kit import Kit
from game.ui.label_tips import labels_in, linkify
from game.ui.name_tags import NameTag

if TYPE_CHECKING:
    from game.core.spec.characters import Character
    from game.ui.director import SceneDirector as Director
    from game.ui.play import PlaySession

PAGE_MARGIN = 16
PAGE_KEYS = {pygame.K_PAGEDOWN: 1, pygame.K_PAGEUP: -1}
PRESS_KEYS = (pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE)
"""The keys that press the focused button, as a click does (and with its sound)."""
"""Keys that scroll a long page of text (the value is the direction)."""
MIN_BOX = 64
"""Smallest width and height of a text or scrolling box, whatever space the layout left."""
"""Space around full-page scenes (briefing, debrief)."""


class Navigator(Protocol):
    """How a scene asks for another scene; the app owns the stack."""

    def push(self, scene: Scene) -> None: ...
    def pop(self) -> None: ...
    def replace(self, scene: Scene) -> None: ...
    def quit(self) -> None: ...
    @property
    def top(self) -> Scene | None: ...


@dataclass
class Part:
    """Widgets and their focus items taken out of a scene, to be put back or killed."""

    widgets: list[UIElement]
    items: list[FocusItem]

    def hide(self) -> None:
        for element in self.widgets:
            element.hide()

    def kill(self) -> None:
        for element in self.widgets:
            element.kill()


class Scene:
    """Base scene: rebuilds its widgets from state, never from the frame loop."""

    name = "scene"
    modal = False
    """Modal scenes dim what is under them and take all input."""

    def __init__(self, kit: Kit, nav: Navigator) -> None:
        self.kit = kit
        self.nav = nav
        self.focus = FocusRing()
        self.root: UIElement | None = None
        self.widgets: list[UIElement] = []
        self.dirty = True
        self.label_of: dict[str, str] = {}
        """Focus key to the evidence label of the card that button acts on (see `focus_tip`)."""

    # lifecycle ---------------------------------------------------------------------------
    def on_enter(self) -> None:
        self.dirty = True

    def on_exit(self) -> None:
        self._kill()

    def on_pause(self) -> None:
        """Covered by another scene; modal covers keep this one visible."""

    def on_resume(self) -> None:
        self.dirty = True

    def restyle(self) -> None:
        """Text size, contrast or window size changed: the widgets are gone, build anew."""
        self.root = None
        self.dirty = True

    # frame -------------------------------------------------------------------------------
    def update(self, dt: float) -> None:
        self.rebuild_if_dirty()

    def rebuild_if_dirty(self) -> None:
        """Build the widgets anew when the state changed; no other per-frame work."""
        if self.dirty:
            self.dirty = False
            self._kill()
            self.focus.clear()
            self.root = self._make_root()
            self.build(self.root)
            self.focus.settle()

    def build(self, root: UIElement) -> None:
        """Create this scene's widgets for the current state and window size."""

    def draw(self, surface: pygame.Surface) -> None:
        """Custom drawing under the widgets; must not change any state."""

    def draw_overlay(self, surface: pygame.Surface) -> None:
        """Drawing over the widgets (focus ring, toasts), for the top scene only."""
        element = self.focus.focused()
        if element is None or not element.visible:
            return
        shown = shown_part(element)
        if shown.width > 0 and shown.height > 0:
            rect = shown.inflate(6, 6)
            pygame.draw.rect(surface, self.kit.colours.focus, rect, 3, border_radius=8)

    def handle_event(self, event: pygame.event.Event) -> bool:
        if event.type == pygame_gui.UI_BUTTON_PRESSED:
            action = self.focus.action_for(event.ui_element)
            if action is not None:
                self.focus.focus_key(self._key_of(event.ui_element))
                self.kit.audio.play("click")
                action()
                return True
            return False
        if event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE:
            return self.on_escape()
        if event.type == pygame.KEYDOWN and event.key in PAGE_KEYS:
            return self.scroll_page(PAGE_KEYS[event.key])
        if event.type == pygame.KEYDOWN and event.key in PRESS_KEYS and self.focus.focused():
            self.kit.audio.play("click")  # a button pressed by key sounds as a clicked one
        return self.focus.handle_key(event)

    def scroll_page(self, direction: int) -> bool:
        """Page Down (1) or Up (-1) scrolls the largest shown box of text a screen at a time, so
        a page without buttons can be read without a mouse (lists of buttons scroll with Tab)."""
        with_buttons = {id(box) for box in self.focus.scroller.values()}
        bars = [
            (box.get_abs_rect().height * box.get_abs_rect().width, bar)
            for box in self._boxes()
            if box.alive() and box.visible and id(box) not in with_buttons
            for bar in (_scroll_bar(box),)
            if bar is not None
        ]
        if not bars:
            return False
        bar = max(bars, key=lambda pair: pair[0])[1]
        step = 0.9 * bar.visible_percentage * direction
        bar.set_scroll_from_start_percentage(bar.start_percentage + step)
        return True

    def _boxes(self) -> list[UIElement]:
        """The scene's own widgets and what sits in its panels (a dialog's text is inside
        its panel, not at the top level)."""
        inside = [
            element
            for widget in self.widgets
            if isinstance(widget, UIPanel)
            for element in widget.get_container().elements
        ]
        return [*self.widgets, *inside]

    def on_escape(self) -> bool:
        return False

    def focus_tip(self) -> str | None:
        """The evidence label to explain while the focused control is focused, if any."""
        key = self.focus.current_key()
        return self.label_of.get(key) if key is not None else None

    def focus_card(self, element: UIElement) -> pygame.Rect:
        """Where the focused control's card is on screen (its text and the control), which a
        tip about it must leave uncovered."""
        rect = element.get_abs_rect()
        text = self.focus.reveal.get(id(element))
        return rect.union(text.get_abs_rect()) if text is not None else rect

    def focus_words(self, element: UIElement) -> tuple[pygame.Rect, ...]:
        """The visible parts of the focused control's card's text, which a tip level with
        the control must leave uncovered."""
        text = self.focus.reveal.get(id(element))
        return (shown_part(text),) if text is not None else ()

    def label_buttons(self, markup: str, keys: list[str]) -> None:
        """Buttons acting on a card explain the card's first evidence label when focused."""
        found = labels_in(markup)
        for key in keys:
            if found:
                self.label_of[key] = found[0]
            else:
                self.label_of.pop(key, None)

    # widgets -----------------------------------------------------------------------------
    @property
    def size(self) -> tuple[int, int]:
        return self.kit.size

    def _make_root(self) -> UIElement | None:
        """Modal scenes get a dimming panel; others put widgets at the top level, because
        every level of nesting makes pygame_gui's theme lookups much slower."""
        if not self.modal:
            return None
        rect = pygame.Rect((0, 0), self.size)
        return self.own(
            UIPanel(rect, manager=self.kit.manager, object_id="#dim", starting_height=50), None
        )

    def own(self, element: UIElement, container: UIElement | None) -> UIElement:
        """Remember top-level widgets so the scene can remove them."""
        if container is None or container is self.root:
            self.widgets.append(element)
        return element

    def place(self, container: UIElement | None) -> UIElement | None:
        """Widgets asked for in the (dimming) root go to the top level instead."""
        return None if container is self.root else container

    def mark(self) -> tuple[int, int]:
        """Where the widgets built from now on start, so they can later be rebuilt alone."""
        return len(self.widgets), len(self.focus.items)

    def take_after(self, mark: tuple[int, int]) -> Part:
        """Take out the widgets and focus items built since `mark`; the ones before it stay."""
        widgets, items = mark
        part = Part(self.widgets[widgets:], self.focus.take_from(items))
        del self.widgets[widgets:]
        return part

    def put_back(self, part: Part) -> None:
        """Add a part taken out earlier at the end again, shown, its buttons last in focus order."""
        for element in part.widgets:
            element.show()
        self.widgets += part.widgets
        for key, element, action, scroller in part.items:
            self.focus.add(key, element, action, scroller)

    def _kill(self) -> None:
        for element in self.widgets:
            element.kill()
        self.widgets = []
        self.root = None

    def _key_of(self, element: UIElement) -> str:
        return next((k for k, e, _ in self.focus.items if e is element), "")

    def button(
        self,
        text: str,
        pos: tuple[int, int],
        action: Callable[[], None],
        container: UIElement,
        *,
        key: str | None = None,
        width: int | None = None,
        object_id: str | None = None,
        scroller: UIScrollingContainer | None = None,
        tip: str | None = None,
    ) -> UIButton:
        """A button sized to its text at the current text scale, registered for keyboard use."""
        font = self.kit.text.font(self.kit.px(16))
        w = width or font.size(text)[0] + self.kit.px(16) + 8
        rect = pygame.Rect(pos, (w, self.kit.line))
        b = UIButton(
            rect,
            text,
            manager=self.kit.manager,
            container=self.place(container),
            object_id=object_id,
            tool_tip_text=tip,
            starting_height=self._height(),
        )
        self.own(b, container)
        self.focus.add(key or text, b, action, scroller)
        return b

    def text(
        self,
        markup: str,
        x: int,
        y: int,
        width: int,
        container: UIElement,
        object_id: str | None = None,
    ) -> UITextBox:
        """Wrapped text whose height follows its content (width clamped like a scroller's)."""
        box = UITextBox(
            linkify(breakable(markup)),
            pygame.Rect(x, y, max(width, MIN_BOX), -1),
            manager=self.kit.manager,
            container=self.place(container),
            object_id=object_id,
            starting_height=self._height(),
        )
        self.own(box, container)
        return box

    def picture(self, kind: str, rect: pygame.Rect, container: UIElement | None) -> UIImage:
        """A drawn picture (see game.ui.pictures; drawn once, then cached) beside a card."""
        image = UIImage(
            rect,
            self.kit.pictures.get(kind, rect.width),
            manager=self.kit.manager,
            container=self.place(container),
            starting_height=self._height(),
        )
        self.own(image, container)
        return image

    def portrait(
        self,
        character: Character,
        rect: pygame.Rect,
        container: UIElement | None,
        expression: str = "neutral",
        name: NameTag | None = None,
    ) -> UIImage:
        """A character's face (drawn once, then cached) as a widget beside their text; `name`
        puts their name under it, whole (the rect is then the name's column, see name_tags)."""
        if name is None:
            face = self.kit.faces.get(character, rect.width, expression)
        else:
            face = self._named(self.kit.faces.get(character, name.face, expression), name, rect)
        image = UIImage(
            rect,
            face,
            manager=self.kit.manager,
            container=self.place(container),
            starting_height=self._height(),
        )
        self.own(image, container)
        return image

    def _named(self, face: pygame.Surface, name: NameTag, rect: pygame.Rect) -> pygame.Surface:
        """The face centred at the top of its column, each line of the name centred under it."""
        out = pygame.Surface(rect.size, pygame.SRCALPHA)
        out.blit(face, ((rect.width - face.get_width()) // 2, 0))
        y, step = face.get_height() + 2, self.kit.text.font(name.size).get_linesize()
        for line in name.lines:
            label = self.kit.text.render(line, name.size, self.kit.colours.ink)
            out.blit(label, ((rect.width - label.get_width()) // 2, y))
            y += step
        return out

    def text_width(self, text: str, base: int = 16, bold: bool = False) -> int:
        return self.kit.text.font(self.kit.px(base), bold).size(text)[0]

    def page(
        self, heading: str, max_width: int, root: UIElement
    ) -> tuple[UIScrollingContainer, int, int]:
        """A centred column: a heading, a scrolling body, and room for one row of buttons
        below. Returns the body, the column's x and its width."""
        w, h = self.size
        m, line = PAGE_MARGIN, self.kit.line
        col = min(w - 2 * m, max_width)
        x = (w - col) // 2
        self.text(heading, x, m, col, root, object_id="#heading")
        body = pygame.Rect(x, m + line + 16, col, h - 3 * m - 2 * line - 16)
        return self.scroller(body, root), x, col

    def scroller(
        self, rect: pygame.Rect, container: UIElement, least: int = MIN_BOX
    ) -> UIScrollingContainer:
        """A scrolling box; never lower than `least` (two lines unless the caller measured
        its content), whatever the layout above it took (a negative height sends pygame_gui
        into endless recursion)."""
        rect = pygame.Rect(
            rect.x, rect.y, max(rect.width, MIN_BOX), max(rect.height, max(1, least))
        )
        box = UIScrollingContainer(
            rect,
            manager=self.kit.manager,
            container=self.place(container),
            allow_scroll_x=False,
            starting_height=self._height(),
        )
        self.own(box, container)
        return box

    def _height(self) -> int:
        return 60 if self.modal else 1


def _scroll_bar(element: UIElement) -> UIVerticalScrollBar | None:
    """The vertical scroll bar of a scrolling box or a text box, when it has one."""
    if isinstance(element, UIScrollingContainer):
        return element.vert_scroll_bar
    if isinstance(element, UITextBox):
        return element.scroll_bar
    return None


def flow(widths: list[int], x: int, width: int, gap: int) -> list[tuple[int, int]]:
    """Left-to-right positions (x, row) that wrap to the next row instead of overflowing."""
    out, cx, row = [], x, 0
    for w in widths:
        if cx > x and cx + w > x + width:
            cx, row = x, row + 1
        out.append((cx, row))
        cx += w + gap
    return out


def finish_scroller(scroller: UIScrollingContainer, height: int) -> None:
    width = scroller.get_relative_rect().width - 20
    scroller.set_scrollable_area_dimensions((width, max(1, height)))


class SessionScene(Scene):
    """A scene about one level being played (briefing, day, debrief)."""

    def __init__(self, kit: Kit, nav: Navigator, director: Director, session: PlaySession) -> None:
        super().__init__(kit, nav)
        self.director = director
        self.session = session
        kit.faces.learn(session.level)
