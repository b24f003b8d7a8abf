"""Join a class: type the teacher's session code and keep (or change) an invented nickname.
Also lists the results files this computer has kept, with their folder."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

import pygame
import pygame_gui
from pygame_gui.core import UIElement
from pygame_gui.elements import UIScrollingContainer, UITextEntryLine

from game.classroom.code import MAX_CODE_CHARS, CodeError
from game.classroom.files import list_results, results_dir
from game.classroom.levels import resolve
from game.classroom.results import nickname_problem
from game.ui.focus import scroll_into_view
from game.ui.hand_in import HandIn
from game.ui.kit import Kit
from game.ui.scene import Navigator, Scene, finish_scroller

if TYPE_CHECKING:
    from game.ui.director import SceneDirector

EXAMPLE_CODE = "CS-8E2N-YMM0-02N"
"""The teacher guide's example (Sesame Garden, seed 2), a code for a shipped level as it
is: a student who types it to try gets that level, not "a different version"."""

SHOWN_RESULTS = 5
SCROLL_BAR = 20
"""Room right of the column for the page's scroll bar."""
SAVE = "Save a copy of the newest to..."


class JoinScene(Scene):
    name = "join"

    def __init__(self, kit: Kit, nav: Navigator, director: SceneDirector) -> None:
        super().__init__(kit, nav)
        self.director = director
        self.code_text = ""
        self.nickname = director.nickname()
        self.error: str | None = None
        self.hand_in = HandIn(kit, "Save a copy of your results to")
        self.code_entry: UITextEntryLine | None = None
        self.name_entry: UITextEntryLine | None = None

    def build(self, root: UIElement) -> None:
        w, h = self.size
        col = min(w - 80, 760)
        x, y = (w - col) // 2, 24
        y = self._para("<b>Join a class</b>", x, y, col, root, "#heading")
        # the rest scrolls: on a small screen with large text the kept files and the button
        # that saves a copy lay below the window, out of reach
        body = self.scroller(pygame.Rect(x, y, col + SCROLL_BAR, h - y - 8), root)
        y = self._para(
            f"Type the code your teacher gives you, for example {EXAMPLE_CODE}. Some codes are "
            "longer.",
            0,
            0,
            col,
            body,
        )
        self.code_entry = self._entry(self.code_text, y, col, MAX_CODE_CHARS, body)
        y += self.kit.line + 20
        y = self._para("Your nickname. It is invented: never type your real name.", 0, y, col, body)
        self.name_entry = self._entry(self.nickname, y, col, 24, body)
        y += self.kit.line + 16
        refused = None
        if self.error:
            colour = self.kit.colours.bad
            refused = self.text(
                f"<font color='{colour}'>{escape(self.error)}</font>", 0, y, col, body
            )
            y += refused.get_relative_rect().height + 8
        self.button("Join", (0, y), self.submit, body, width=col // 2 - 6, scroller=body)
        self.button(
            "Back", (col // 2 + 6, y), self.director.title, body, width=col // 2 - 6, scroller=body
        )
        y = self._kept(y + self.kit.line + 24, col, body)
        finish_scroller(body, y + 8)
        if refused is not None:  # below the window on a small screen with large text
            scroll_into_view(body, refused, self.code_entry)
        if self.focus.current_key() != SAVE:  # after a copy the ring stays on its button:
            _type_at_end(self.code_entry)  # Enter there typed into the code box unseen

    def _para(
        self, markup: str, x: int, y: int, col: int, root: UIElement, oid: str | None = None
    ) -> int:
        box = self.text(markup, x, y, col, root, object_id=oid)
        return y + box.get_relative_rect().height + 8

    def _entry(
        self, text: str, y: int, col: int, limit: int, body: UIScrollingContainer
    ) -> UITextEntryLine:
        entry = UITextEntryLine(
            pygame.Rect(0, y, col, self.kit.line + 8),
            manager=self.kit.manager,
            container=body,
            initial_text=text,
        )
        entry.set_text_length_limit(limit)
        self.own(entry, body)
        return entry

    def _kept(self, y: int, col: int, body: UIScrollingContainer) -> int:
        """The results files kept here and a button to save a copy; returns where they end."""
        files = list_results()
        if not files:
            return y
        names = "<br>".join(escape(p.name) for p in files[:SHOWN_RESULTS])
        more = f"<br>and {len(files) - SHOWN_RESULTS} more" if len(files) > SHOWN_RESULTS else ""
        if self.hand_in.status:
            more += f"<br><b>{escape(self.hand_in.status)}</b>"
        folder = escape(str(results_dir()))
        y = self._para(
            f"<b>Results kept on this computer</b> ({folder}):<br>{names}{more}", 0, y, col, body
        )
        self.button(SAVE, (0, y), self.choose_folder, body, scroller=body)
        return y + self.kit.line

    def choose_folder(self) -> None:
        """A folder picker; the newest results file is copied there (a USB stick, a share)."""
        files = list_results()
        if files:
            self.own(self.hand_in.choose(files[0]), None)

    def submit(self) -> None:
        assert self.code_entry is not None and self.name_entry is not None
        self.code_text = self.code_entry.get_text().strip()
        self.nickname = self.name_entry.get_text().strip()
        try:
            code, level = resolve(self.code_text)
        except CodeError as exc:
            return self._refuse(f"That code does not work. {sentence(str(exc))}")
        problem = nickname_problem(self.nickname)
        if problem:
            return self._refuse(f"Nickname: {problem}.")
        self.director.start_class(code, level, self.nickname)

    def _refuse(self, message: str) -> None:
        self.error = message
        self.dirty = True

    def draw_overlay(self, surface: pygame.Surface) -> None:
        """No focus ring while the folder picker is open: it would be drawn over the picker.
        The box being typed in is ringed like a focused button (its cursor alone blinks)."""
        if self.hand_in.open:
            return
        super().draw_overlay(surface)
        typing = self._typing_in()
        if typing is not None:
            rect = typing.get_abs_rect().inflate(6, 6)
            pygame.draw.rect(surface, self.kit.colours.focus, rect, 3, border_radius=8)

    def _typing_in(self) -> UITextEntryLine | None:
        return next((e for e in (self.code_entry, self.name_entry) if e and e.is_focused), None)

    def handle_event(self, event: pygame.event.Event) -> bool:
        if self.hand_in.took(event):
            self.dirty = True
            return True
        if self.hand_in.open:
            return False  # the picker has the keyboard
        if event.type == pygame_gui.UI_TEXT_ENTRY_FINISHED:
            self.submit()
            return True
        typing = self._typing_in() is not None
        if typing and event.type == pygame.KEYDOWN and event.key != pygame.K_ESCAPE:
            if event.key == pygame.K_TAB:
                self._switch_entry()
            return True
        if self._back_to_the_boxes(event):
            return True
        return super().handle_event(event)

    def _back_to_the_boxes(self, event: pygame.event.Event) -> bool:
        """Shift+Tab on the first button goes back to the nickname box, so a typo can still be
        fixed without a mouse."""
        back = event.type == pygame.KEYDOWN and event.key == pygame.K_TAB
        if not back or not event.mod & pygame.KMOD_SHIFT or self.focus.current_key() != "Join":
            return False
        if self.name_entry is None:
            return False
        self.focus.index = -1
        _type_at_end(self.name_entry)
        return True

    def _switch_entry(self) -> None:
        """Tab: code box, then nickname box, then the buttons (the focus ring's Tab)."""
        assert self.code_entry is not None and self.name_entry is not None
        leaving_name = self.name_entry.is_focused
        for entry in (self.code_entry, self.name_entry):
            entry.unfocus()
        if leaving_name:
            self.focus.focus_key("Join")
        else:
            _type_at_end(self.name_entry)

    def on_escape(self) -> bool:
        self.director.title()
        return True


def sentence(text: str) -> str:
    """A message as a sentence of its own: "That code does not work: this code has a typo:
    check..." read as one run of colons."""
    text = text.strip()
    return text[:1].upper() + text[1:] + ("" if text.endswith((".", "?", "!")) else ".")


def _type_at_end(entry: UITextEntryLine) -> None:
    """Focus a box with its cursor after its text: the box starts its cursor at 0 when made
    or left, so a code short by one letter, refused, took the letter before 'CS-'."""
    entry.focus()
    entry.set_text(entry.get_text())  # which puts the cursor at the end
