"""Level select: every level with its setting, summary, length and whether it was completed."""

from __future__ import annotations

from collections import Counter
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

import pygame
from pygame_gui.core import UIElement
from pygame_gui.elements import UIImage, UIScrollingContainer

from game.core.level import Level
from game.ui.keyart import level_art
from game.ui.kit import Kit
from game.ui.scene import Navigator, Scene, finish_scroller
from game.ui.scenes.overlays import ConfirmScene
from game.ui.store import completed_levels, has_save, is_completed

if TYPE_CHECKING:
    from game.ui.director import LevelEntry
    from game.ui.director import SceneDirector as Director


class LevelSelectScene(Scene):
    name = "level_select"

    def __init__(
        self,
        kit: Kit,
        nav: Navigator,
        director: Director,
        entries: list[LevelEntry],
        left: Level | None = None,
    ) -> None:
        super().__init__(kit, nav)
        self.director = director
        self.entries = entries
        self.message = director.take_message()
        self.left = left
        """The level the player just left (Save and leave, Back): focus starts on its card,
        not on the first level's, so Continue is one Enter away, not a scroll away."""
        self.start_key: str | None = None
        self.cards: list[tuple[list[UIElement], str]] = []
        """Each level's picture and text, and the key of its first button (Continue, else
        Play): a click on the card presses it, as a player expects of a card."""
        self.pressed: str | None = None
        self.box: UIScrollingContainer | None = None
        """The card the left button went down on: the click counts where it comes up."""

    def build(self, root: UIElement) -> None:
        w, h = self.size
        m, line = 16, self.kit.line
        self.text(
            "<b>Choose where and when you live</b>", m, m, w - 2 * m, root, object_id="#heading"
        )
        back = self.button("Back", (m, h - m - line), self.director.title, root)
        del back
        top = m + line + 16
        if self.message:
            note = self.text(
                f"<b>Note:</b> {escape(self.message)}", m, top, w - 2 * m, root, object_id="#card"
            )
            top += note.get_relative_rect().height + 8
        box = self.scroller(pygame.Rect(m, top, w - 2 * m, h - top - line - 2 * m), root)
        self.box = box
        self.cards = []
        self._cards(box, w - 2 * m - 24)
        if self.focus.index < 0 and len(self.focus.items) > 1:
            self.focus.focus_key(self.start_key or self.focus.items[1][0])

    def _cards(self, box: UIScrollingContainer, width: int) -> None:
        done = completed_levels()
        ids = Counter(e.level.id for e in self.entries if e.level is not None)
        inner = box.get_container()
        y = 0
        if not self.entries:
            self.text("No level files were found in the levels folder.", 0, 0, width, inner)
        for entry in self.entries:
            if entry.level is None:
                card = self.text(
                    f"<b>{escape(entry.path.name)}</b> cannot be loaded:<br>"
                    + "<br>".join(escape(p) for p in entry.problems[:3]),
                    0,
                    y,
                    width,
                    inner,
                    object_id="#card",
                )
                y += card.get_relative_rect().height + 12
                continue
            source = entry.path if ids[entry.level.id] > 1 else None
            y = self._card(entry.level, done, inner, box, y, width, source)
        finish_scroller(box, y)

    def _card(
        self,
        level: Level,
        done: set[str],
        inner: UIElement,
        box: UIScrollingContainer,
        y: int,
        width: int,
        source: Path | None = None,
    ) -> int:
        """One level's card; `source` names the file when another file has the same id."""
        meta = level.spec.meta
        status = "Completed \u2713" if is_completed(level, done) else "Not completed yet"
        where = meta.setting if str(meta.year) in meta.setting else f"{meta.setting}, {meta.year}"
        markup = (
            f"<b>{escape(meta.title)}</b><br><i>{escape(where)}</i> \u00b7 "
            f"about {meta.minutes} minutes \u00b7 {status}<br>{escape(meta.summary)}"
        )
        if source:
            markup += f"<br>From {escape(source.name)} (another file has the id {meta.id})"
        key = f"{meta.id}@{source.name}" if source else meta.id
        art = self.kit.px(96)
        image = level_art(meta.id, meta.title, art)
        picture = UIImage(pygame.Rect(0, y, art, art), image, self.kit.manager, container=inner)
        self.own(picture, inner)
        left = art + 12
        card = self.text(markup, left, y, width - left, inner, object_id="#card")
        y += max(card.get_relative_rect().height + 4, art + 6)
        x = left
        buttons = []
        if has_save(level):
            b = self.button(
                "Continue",
                (x, y),
                lambda lv=level: self.director.resume(lv),
                inner,
                key=f"continue:{key}",
                scroller=box,
            )
            x += b.get_relative_rect().width + 8
            buttons.append(b)
        label = "Start over" if x > left else "Play"
        play = self.button(
            label,
            (x, y),
            (lambda lv=level: self._start_over(lv))
            if buttons
            else (lambda lv=level: self.director.new_game(lv)),
            inner,
            key=f"play:{key}",
            scroller=box,
        )
        for b in (*buttons, play):
            self.focus.reveal[id(b)] = card
        self.cards.append(([picture, card], f"continue:{key}" if buttons else f"play:{key}"))
        left = self.left
        if left is not None and (left.id, left.content_hash) == (level.id, level.content_hash):
            self.start_key = self.focus.items[-1 - len(buttons)][0]
        return y + self.kit.line + 18

    def _start_over(self, level: Level) -> None:
        """Starting over throws the saved run away at once, and "Start over" sits right
        beside "Continue": a question first, whose safe answer (keep the run) comes first."""
        day = self.director.saved_day(level)
        run = f"Your saved run, on day {day}," if day is not None else "Your saved run"
        question = f"Start {level.spec.meta.title} over? {run} will be lost."
        self.nav.push(
            ConfirmScene(
                self.kit,
                self.nav,
                question,
                "Start over",
                lambda: self.director.new_game(level),
                "Keep my run",
            )
        )

    def handle_event(self, event: pygame.event.Event) -> bool:
        if event.type in (pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP) and event.button == 1:
            key = self._card_at(event.pos)
            if event.type == pygame.MOUSEBUTTONDOWN:
                self.pressed = key
            elif key is not None and key == self.pressed:
                self.pressed = None
                element = next(e for k, e, _ in self.focus.items if k == key)
                action = self.focus.action_for(element)
                if action is not None:
                    self.focus.focus_key(key)
                    self.kit.audio.play("click")
                    action()
                    return True
        return super().handle_event(event)

    def _card_at(self, pos: tuple[int, int]) -> str | None:
        """The key of the first button of the card (picture or text) shown at `pos`."""
        box = self.box
        if box is None or not box.alive() or not box.get_abs_rect().collidepoint(pos):
            return None
        for elements, key in self.cards:
            if any(e.alive() and e.get_abs_rect().collidepoint(pos) for e in elements):
                return key
        return None

    def on_escape(self) -> bool:
        self.director.title()
        return True
