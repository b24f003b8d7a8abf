"""Modal scenes over others: help, pause and settings, prompts, the evening, load problems."""

from collections.abc import Callable
from html import escape

import pygame
from pygame_gui.core import UIElement
from pygame_gui.elements import UIPanel, UIScrollingContainer

from game.core import events as ev
from game.core.actions import Action
from game.core.spec.story import Prompt
from game.ui import present
from game.ui.kit import Kit
from game.ui.play import PlaySession
from game.ui.scene import Navigator, Scene, finish_scroller

HELP = [
    ("Tab / arrows", "move between buttons"),
    ("Shift+Tab", "move back"),
    ("Enter / Space", "press the highlighted button"),
    ("1 to 5", "switch the phone's app (Shop, Feed, Friends, Services, Score)"),
    ("Mouse wheel", "scroll a list"),
    ("Esc", "pause menu and settings; closes this window"),
    ("F1", "this help"),
]


class Dialog(Scene):
    """A centred panel with a scrolling body and a row of buttons."""

    modal = True
    title = ""

    def body(self) -> str:
        return ""

    def buttons(self) -> list[tuple[str, Callable[[], None]]]:
        return [("Close", self.nav.pop)]

    def build(self, root: UIElement) -> None:
        w, h = self.size
        line, m = self.kit.line, 16
        dw, dh = min(w - 80, 760), h - 80
        panel = UIPanel(
            pygame.Rect((w - dw) // 2, 40, dw, dh),
            manager=self.kit.manager,
            object_id="#dialog",
            starting_height=55,
        )
        self.own(panel, None)
        inner_w = dw - 2 * m - 6
        self.text(f"<b>{escape(self.title)}</b>", m, m, inner_w, panel, object_id="#heading")
        buttons = self.buttons()
        rows = self._button_rows(buttons, inner_w)
        bottom = dh - m - len(rows) * (line + 8)
        box = self.scroller(pygame.Rect(m, m + line + 16, inner_w, bottom - m - line - 24), panel)
        height = self.fill(box, inner_w - 24)
        finish_scroller(box, height)
        y = bottom
        for row in rows:
            x = m
            for label, action, bw in row:
                self.button(label, (x, y), action, panel, width=bw)
                x += bw + 8
            y += line + 8
        if self.focus.index < 0:
            self.focus.focus_key(buttons[0][0])

    def fill(self, box: UIScrollingContainer, width: int) -> int:
        return self.text(self.body(), 0, 0, width, box.get_container()).get_relative_rect().height

    def _button_rows(
        self, buttons: list[tuple[str, Callable[[], None]]], width: int
    ) -> list[list[tuple[str, Callable[[], None], int]]]:
        rows: list[list[tuple[str, Callable[[], None], int]]] = [[]]
        used = 0
        for label, action in buttons:
            bw = min(width, self.text_width(label) + self.kit.px(16) + 8)
            if rows[-1] and used + bw > width:
                rows.append([])
                used = 0
            rows[-1].append((label, action, bw))
            used += bw + 8
        return rows

    def on_escape(self) -> bool:
        self.nav.pop()
        return True


class HelpScene(Dialog):
    name = "help"
    title = "Help: playing with the keyboard"

    def body(self) -> str:
        return "<br>".join(f"<b>{escape(k)}</b>: {escape(v)}" for k, v in HELP) + (
            "<br><br>Every change to your score comes from what you do and from the regime's "
            "rules. How much you are told depends on the regime."
        )


class PauseScene(Dialog):
    """Paused: settings that persist, and the way out."""

    name = "pause"
    title = "Paused"

    def __init__(self, kit: Kit, nav: Navigator, leave: Callable[[], None] | None = None) -> None:
        super().__init__(kit, nav)
        self.leave = leave

    def body(self) -> str:
        s = self.kit.settings
        on = {True: "on", False: "off"}
        return (
            f"<b>Text size:</b> {s.text_scale}%<br><b>High contrast:</b> {on[s.high_contrast]}"
            f"<br><b>Reduced motion:</b> {on[s.reduced_motion]}<br>"
            f"<b>Fullscreen:</b> {on[s.fullscreen]}<br><br>Settings are saved at once."
        )

    def buttons(self) -> list[tuple[str, Callable[[], None]]]:
        out = [
            ("Resume", self.nav.pop),
            ("Text smaller", lambda: self._scale(-25)),
            ("Text larger", lambda: self._scale(25)),
            ("High contrast", lambda: self._toggle("high_contrast")),
            ("Reduced motion", lambda: self._toggle("reduced_motion")),
            ("Fullscreen", lambda: self._toggle("fullscreen")),
        ]
        if self.leave is not None:
            out.append(("Save and leave", self._leave))
        out.append(("Quit game", self.nav.quit))
        return out

    def _scale(self, step: int) -> None:
        s = self.kit.settings
        s.text_scale = max(100, min(200, s.text_scale + step))
        self.kit.apply_display()

    def _toggle(self, name: str) -> None:
        setattr(self.kit.settings, name, not getattr(self.kit.settings, name))
        self.kit.apply_display()

    def _leave(self) -> None:
        self.nav.pop()
        if self.leave is not None:
            self.leave()


class PromptScene(Dialog):
    """A consent or disclosure question; the pre-ticked default is marked and focused first."""

    name = "prompt"

    def __init__(
        self,
        kit: Kit,
        nav: Navigator,
        prompt: Prompt,
        answer: Callable[[Action], object],
    ) -> None:
        super().__init__(kit, nav)
        self.prompt = prompt
        self.answer = answer
        self.title = prompt.title

    def body(self) -> str:
        p = self.prompt
        default = next(o.label for o in p.options if o.id == p.default)
        return (
            f"{escape(p.text)}<br><br><i>Already ticked for you: "
            f"<b>{escape(default)}</b>. If you do not answer today, it counts.</i>"
            f"<br><i>[{escape(present.evidence_label(p.evidence.value))}]</i>"
        )

    def buttons(self) -> list[tuple[str, Callable[[], None]]]:
        out = []
        for o in self.prompt.options:
            mark = "\u2611 " if o.id == self.prompt.default else "\u2610 "
            out.append((mark + o.label, lambda o=o: self._choose(o.id)))
        out.append(("Decide later", self.nav.pop))
        return out

    def build(self, root: UIElement) -> None:
        super().build(root)
        default = next(o for o in self.prompt.options if o.id == self.prompt.default)
        self.focus.focus_key("\u2611 " + default.label)

    def _choose(self, option: str) -> None:
        self.nav.pop()
        self.answer(Action("answer", self.prompt.id, option))


class EveningScene(Dialog):
    """The evening summary of the day's changes, then the next morning's news."""

    name = "evening"

    def __init__(
        self,
        kit: Kit,
        nav: Navigator,
        session: PlaySession,
        day: int,
        events: list[ev.Event],
        done: Callable[[], None],
    ) -> None:
        super().__init__(kit, nav)
        self.session, self.events, self.done = session, events, done
        self.title = f"Evening of day {day}"

    def body(self) -> str:
        level = self.session.level
        evening, morning = [], []
        target = evening
        for e in self.events:
            if isinstance(e, ev.DayStarted):
                target = morning
                continue
            line = present.event_line(level, e)
            if line:
                target.append(escape(line))
        end = next((e for e in self.events if isinstance(e, ev.DayEnded)), None)
        money = f"<br>Money: {end.money}" if end else ""
        shown = (
            ""
            if present.hidden(level) or end is None
            else f"<br>{escape(level.spec.score.name)}: "
            f"{escape(present.score_text(level, end.score))}"
        )
        text = "<b>Today's changes</b><br>" + ("<br>".join(evening) or "Nothing changed.")
        text += shown + money
        if morning:
            text += "<br><br><b>Next morning</b><br>" + "<br>".join(morning)
        if self.session.world.ended:
            text += "<br><br><b>That was the last day.</b> The debrief follows."
        return text

    def buttons(self) -> list[tuple[str, Callable[[], None]]]:
        return [("Continue", self._continue)]

    def _continue(self) -> None:
        self.nav.pop()
        self.done()

    def on_escape(self) -> bool:
        self._continue()
        return True


class ProblemsScene(Dialog):
    """Live reload found problems: the last good version keeps running."""

    name = "problems"
    title = "The level file has problems"

    def __init__(self, kit: Kit, nav: Navigator, problems: list[str]) -> None:
        super().__init__(kit, nav)
        self.problems = problems

    def body(self) -> str:
        return (
            "Still playing the last good version. Fix the file and save it again.<br><br>"
            + "<br>".join(escape(p) for p in self.problems)
        )
