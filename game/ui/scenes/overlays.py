"""Modal scenes over others: help, pause and settings, prompts, the evening, load problems."""

from collections.abc import Callable, Mapping
from html import escape

import pygame
from pygame_gui.core import UIElement
from pygame_gui.elements import UIPanel, UIScrollingContainer, UITextBox

from game.core import events as ev
from game.core.actions import Action
from game.core.spec.characters import Character
from game.core.spec.story import Prompt
from game.ui import present
from game.ui.kit import Kit
from game.ui.name_tags import NameRow, name_row
from game.ui.play import PlaySession
from game.ui.report import evening_report, split_day
from game.ui.scene import MIN_BOX, Navigator, Scene, finish_scroller
from game.ui.store import save_settings

HELP = [
    ("Tab / arrows", "move between buttons"),
    ("Shift+Tab", "move back"),
    ("Enter / Space", "press the highlighted button"),
    ("1 to 5", "switch the phone's tab (Shop, Feed, Friends, Services, Score)"),
    ("Down arrow", "from the tab's name, jump to its first button; Up goes back"),
    ("Mouse wheel", "scroll a list"),
    ("Page Up / Page Down", "scroll a long page of text"),
    ("Esc", "pause menu and settings; closes this window"),
    ("F1", "this help"),
]


class Dialog(Scene):
    """A centred panel with a scrolling body and a row of buttons."""

    modal = True
    title = ""

    def body(self) -> str:
        return ""

    def face(self) -> Character | None:
        """Who is speaking, if anyone: their portrait goes left of the body."""
        return None

    def least_body(self) -> int:
        """The body box is never lower than this: two lines, unless the dialog measured its
        body and fits the panel to it (then a taller box would leave an empty band)."""
        return MIN_BOX

    def buttons(self) -> list[tuple[str, Callable[[], None]]]:
        return [("Close", self.nav.pop)]

    def on_pause(self) -> None:
        """Covered by another dialog, whose dimming shares this one's layers: its widgets
        would show through it (an open question over the live-reload problems), so they
        are hidden until it closes and `on_resume` builds them again."""
        for widget in self.widgets:
            widget.hide()

    def button_key(self, label: str) -> str:
        """The focus key of the button with this label (the label itself, unless the label
        also shows a state that changes)."""
        return label

    def panel_height(self, window_height: int) -> int:
        """Most dialogs take the window's height; short ones fit their few lines."""
        return window_height - 80

    def panel_width(self, base: int = 760) -> int:
        """`base` at normal text; larger text widens the panel (up to the window) so its lines
        and rows of buttons keep about as many words as at 100%."""
        return min(self.size[0] - 80, max(base, self.kit.px(16) * base // 16))

    def heading_height(self, width: int) -> int:
        """How tall the title is at this width: a long title wraps at large text, and what
        comes under it moves down instead of being drawn over it."""
        return max(
            self.kit.line, self.text_height(f"<b>{escape(self.title)}</b>", width, "#heading")
        )

    def text_height(self, markup: str, width: int, object_id: str | None = None) -> int:
        """How tall this text is laid out at this width (measured, then removed)."""
        probe = self.text(markup, 0, 0, width, None, object_id)
        height = probe.get_relative_rect().height
        probe.kill()
        self.widgets.remove(probe)
        return height

    def build(self, root: UIElement) -> None:
        w, h = self.size
        line, m = self.kit.line, 16
        dw, dh = self.panel_width(), self.panel_height(h)
        panel = UIPanel(
            pygame.Rect((w - dw) // 2, (h - dh) // 2, dw, dh),
            manager=self.kit.manager,
            object_id="#dialog",
            starting_height=55,
        )
        self.own(panel, None)
        self.panel = panel
        inner_w = dw - 2 * m - 6
        heading = self.text(f"<b>{escape(self.title)}</b>", m, m, inner_w, panel, "#heading")
        head = max(line, heading.get_relative_rect().height)
        buttons = self.buttons()
        rows = self._button_rows(buttons, inner_w)
        bottom = dh - m - len(rows) * (line + 8)
        speaker, side = self.face(), 0
        if speaker is not None:
            side = self.kit.px(72)
            self.portrait(speaker, pygame.Rect(m, m + head + 16, side, side), panel, "neutral")
            side += 12
        box = self.scroller(
            pygame.Rect(m + side, m + head + 16, inner_w - side, bottom - m - head - 24),
            panel,
            self.least_body(),
        )
        height = self.fill(box, inner_w - side - 24)
        finish_scroller(box, height)
        y = bottom
        for row in rows:
            x = m
            for label, action, bw in row:
                self.button(label, (x, y), action, panel, width=bw, key=self.button_key(label))
                x += bw + 8
            y += line + 8
        if self.focus.index < 0:
            self.focus.focus_key(self.button_key(buttons[0][0]))

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

    def _fitted_panel(
        self, root: UIElement, body: UITextBox, total: int, box: tuple[int, int, int, int]
    ) -> int | None:
        """A panel as tall as its content, centred, with the title; None (and the body
        removed) when it would not fit the window, so the scrolling layout is used. `total`
        counts the title as `heading_height` tall."""
        x0, dw, m, inner = box
        h = self.size[1]
        if total > h - 40:
            body.kill()
            self.widgets.remove(body)
            return None
        top = (h - total) // 2
        panel = UIPanel(
            pygame.Rect(x0, top, dw, total),
            manager=self.kit.manager,
            object_id="#dialog",
            starting_height=55,
        )
        self.own(panel, None)
        self.text(
            f"<b>{escape(self.title)}</b>", x0 + m, top + m, inner, root, object_id="#heading"
        )
        return top

    def on_escape(self) -> bool:
        self.nav.pop()
        return True


class HelpScene(Dialog):
    name = "help"
    title = "Help: how to play"

    def body(self) -> str:
        keys = "<br>".join(f"<b>{escape(k)}</b>: {escape(v)}" for k, v in HELP)
        how = (
            "Each day you have a few actions. Pick a tab on the phone (Shop, Feed, Friends, "
            "Services, Score), then press a button on a card: buy, post, befriend, apply. "
            "Answering a question costs nothing. When you are done, press <b>End the day</b>: "
            "in the evening you see what changed, and after the last day the debrief shows "
            "why. Point at a label in brackets, or move to its card, to see what it means."
        )
        labels = "<br>".join(
            f"<b>[{escape(present.evidence_label(k))}]</b> {escape(v)}"
            for k, v in present.EVIDENCE_MEANINGS.items()
        )
        return (
            f"{how}<br><br><b>With the keyboard</b><br>{keys}<br><br>"
            "Every change to your score comes from what you do and from the "
            "rules of the place you live in. Some places tell you less than others.<br><br>"
            f"<b>What the labels in brackets mean</b><br>{labels}"
        )


def _limit(value: int, ends: tuple[tuple[int, str], tuple[int, str]]) -> str:
    """Said beside a setting at an end of its range, so "Text larger" pressed at 200% (or
    "Sound louder" at 100%) is answered instead of seeming to do nothing."""
    (low, low_word), (high, high_word) = ends
    word = high_word if value >= high else low_word if value <= low else ""
    return f" (the {word})" if word else ""


class PauseScene(Dialog):
    """Paused: settings that persist, and the way out. Each switch says on its button whether
    it is on, so the panel needs no list of values apart from the text size and the sound."""

    name = "pause"
    title = "Paused"

    def __init__(self, kit: Kit, nav: Navigator, leave: Callable[[], None] | None = None) -> None:
        super().__init__(kit, nav)
        self.leave = leave
        self.held: tuple[str, tuple[int, int]] | None = None
        """A size button clicked with the mouse, and where the pointer was: after the text
        changes size the panel is moved so that button is under the pointer again."""

    def body(self) -> str:
        s, audio, voice = self.kit.settings, self.kit.audio, self.kit.voice
        sound = (
            "muted" if s.muted else f"{s.volume}%{_limit(s.volume, ((0, ''), (100, 'loudest')))}"
        )
        size = f"{s.text_scale}%{_limit(s.text_scale, ((100, 'smallest'), (200, 'largest')))}"
        notes = [escape(x) for x in (audio.problem, voice.problem if s.voice else None) if x]
        return (
            f"<b>Text size:</b> {size} \u00b7 <b>Sound:</b> {sound}"
            + "".join(f"<br><i>{n}</i>" for n in notes)
            + "<br>Changes are saved at once."
        )

    def panel_height(self, window_height: int) -> int:
        """As tall as the settings and their buttons need, so no empty band parts them, and
        no taller than the window: at the largest text on a small screen all of it shows."""
        m, line = 16, self.kit.line
        inner_w = self.panel_width() - 2 * m - 6
        rows = len(self._button_rows(self.buttons(), inner_w))
        body = max(MIN_BOX, self.text_height(self.body(), inner_w - 24) + 8)
        wanted = 2 * m + self.heading_height(inner_w) + 24 + body + rows * (line + 8)
        return min(window_height - 16, wanted)

    def panel_width(self, base: int = 760) -> int:
        """As wide as the window allows at large text, so the buttons take fewer rows."""
        return min(self.size[0] - 16, max(base, self.kit.px(16) * base // 16))

    def buttons(self) -> list[tuple[str, Callable[[], None]]]:
        s = self.kit.settings
        on = {True: "on", False: "off"}
        out = [
            ("Resume", self.nav.pop),
            ("Text smaller", lambda: self._scale(-25)),
            ("Text larger", lambda: self._scale(25)),
            (f"High contrast: {on[s.high_contrast]}", lambda: self._toggle("high_contrast")),
            (f"Reduced motion: {on[s.reduced_motion]}", lambda: self._toggle("reduced_motion")),
            (f"Fullscreen: {on[s.fullscreen]}", lambda: self._toggle("fullscreen")),
            ("Sound quieter", lambda: self._volume(-20)),
            ("Sound louder", lambda: self._volume(20)),
            ("Unmute" if s.muted else "Mute", self._mute),
            (f"Read aloud: {on[s.voice]}", self._voice),
        ]
        if self.leave is not None:
            out.append(("Save and leave", self._leave))
        out.append(("Quit game", self.nav.quit))
        return out

    def button_key(self, label: str) -> str:
        """A switch's button is known by its name whether it is on or off."""
        return label.split(":")[0]

    def build(self, root: UIElement) -> None:
        super().build(root)
        if self.held is not None:
            self._under_pointer(*self.held)
            self.held = None

    def _under_pointer(self, key: str, pointer: tuple[int, int]) -> None:
        """Move the panel (kept inside the window) so the button `key` is under `pointer`."""
        found = next((e for k, e, _ in self.focus.items if k == key), None)
        if found is None:
            return
        centre, rect = found.get_abs_rect().center, self.panel.get_relative_rect()
        w, h = self.size
        x = min(max(0, rect.x + pointer[0] - centre[0]), w - rect.width)
        y = min(max(0, rect.y + pointer[1] - centre[1]), h - rect.height)
        self.panel.set_relative_position((x, y))

    def _scale(self, step: int) -> None:
        key = "Text larger" if step > 0 else "Text smaller"
        pointer = pygame.mouse.get_pos()
        if self.focus.current_key() == key and _pointed_at(self, key, pointer):
            self.held = (key, pointer)
        s = self.kit.settings
        s.text_scale = max(100, min(200, s.text_scale + step))
        self.kit.apply_display()

    def _toggle(self, name: str) -> None:
        setattr(self.kit.settings, name, not getattr(self.kit.settings, name))
        self.kit.apply_display()

    def _volume(self, step: int) -> None:
        s = self.kit.settings
        s.volume, s.muted = max(0, min(100, s.volume + step)), False
        self._sound_changed()

    def _mute(self) -> None:
        self.kit.settings.muted = not self.kit.settings.muted
        self._sound_changed()

    def _voice(self) -> None:
        self.kit.voice.toggle()
        save_settings(self.kit.settings)
        self.kit.voice.say("Read aloud is on." if self.kit.voice.on else "")
        self.dirty = True

    def _sound_changed(self) -> None:
        """Sound needs no new window: save, apply to the mixer, play a cue at the new level."""
        save_settings(self.kit.settings)
        self.kit.audio.apply()
        self.kit.audio.play("click")
        self.dirty = True

    def _leave(self) -> None:
        self.nav.pop()
        if self.leave is not None:
            self.leave()


def _pointed_at(scene: Scene, key: str, pointer: tuple[int, int]) -> bool:
    """Whether the pointer is over the scene's button `key` (a click, not a key press)."""
    found = next((e for k, e, _ in scene.focus.items if k == key), None)
    return found is not None and found.get_abs_rect().collidepoint(pointer)


class SettingsScene(PauseScene):
    """The same settings from the title screen, before any level: a player who needs large
    text or high contrast sets it before the first screen full of text."""

    title = "Settings"

    def buttons(self) -> list[tuple[str, Callable[[], None]]]:
        settings = [b for b in super().buttons() if b[0] not in ("Resume", "Quit game")]
        return [("Back", self.nav.pop), *settings]


class ConfirmScene(Dialog):
    """A yes-or-no question before something that cannot be undone (ending a day early,
    quitting); the safe answer comes first, so Enter or Esc keeps things as they are."""

    name = "confirm"
    title = "Are you sure?"

    def __init__(
        self,
        kit: Kit,
        nav: Navigator,
        question: str,
        yes: str,
        then: Callable[[], None],
        no: str = "Keep playing",
    ) -> None:
        super().__init__(kit, nav)
        self.question, self.yes, self.then, self.no = question, yes, then, no

    def body(self) -> str:
        return f"<b>{escape(self.question)}</b>"

    def least_body(self) -> int:
        """One line: the panel is fitted to the question, so a two-line minimum would put an
        empty band under a one-line question."""
        return self.kit.line

    def _wanted(self, inner: int, width: int) -> int:
        """The panel's height with the question laid out `width` wide."""
        m, line = 16, self.kit.line
        rows = len(self._button_rows(self.buttons(), inner))
        body = max(self.least_body(), self.text_height(self.body(), width))
        return 2 * m + self.heading_height(inner) + 24 + body + rows * (line + 8)

    def question_width(self, inner: int) -> int:
        """The question is as wide as the title above it when the panel fits the window
        without scrolling; only a question that scrolls keeps room for the scroll bar (its
        box stopped 24 px short of the title's edge, a ragged edge on every question)."""
        if self._wanted(inner, inner) <= self.size[1] - 80:
            return inner
        return inner - 24

    def panel_height(self, window_height: int) -> int:
        """As tall as the question and its answers: no empty band between them."""
        inner = self.panel_width() - 2 * 16 - 6
        return min(window_height - 80, self._wanted(inner, self.question_width(inner)))

    def fill(self, box: UIScrollingContainer, width: int) -> int:
        return super().fill(box, self.question_width(box.get_relative_rect().width))

    def buttons(self) -> list[tuple[str, Callable[[], None]]]:
        return [(self.no, self.nav.pop), (self.yes, self._confirm)]

    def _confirm(self) -> None:
        self.nav.pop()
        self.then()


class PromptScene(Dialog):
    """A consent or disclosure question; the pre-ticked default is marked and focused first."""

    name = "prompt"

    def __init__(
        self,
        kit: Kit,
        nav: Navigator,
        prompt: Prompt,
        answer: Callable[[Action], object],
        characters: Mapping[str, Character] | None = None,
    ) -> None:
        super().__init__(kit, nav)
        self.prompt = prompt
        self.answer = answer
        self.title = prompt.title
        self.characters = characters or {}

    def face(self) -> Character | None:
        asker = self.prompt.asked_by
        return self.characters.get(asker) if asker else None

    def body(self) -> str:
        p = self.prompt
        default = next(o.label for o in p.options if o.id == p.default)
        return (
            f"{escape(p.text)}<br><br><i>Already ticked for you: "
            f"<b>{escape(default)}</b>. Unless you answer today, this one is chosen.</i>"
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
        if not self._fitted(root):
            super().build(root)
        default = next(o for o in self.prompt.options if o.id == self.prompt.default)
        self.focus.focus_key("\u2611 " + default.label)

    def _fitted(self, root: UIElement) -> bool:
        """A panel as tall as the question (asker's face, text, answers); False (nothing
        built) when it would not fit the window."""
        w = self.size[0]
        m, line = 16, self.kit.line
        dw = self.panel_width()
        x0, inner = (w - dw) // 2, dw - 2 * m
        head = self.heading_height(inner)
        speaker = self.face()
        side = self.kit.px(72) + 12 if speaker is not None else 0
        body = self.text(self.body(), x0 + m + side, 0, inner - side, root)
        rows = self._button_rows(self.buttons(), inner)
        middle = max(body.get_relative_rect().height, side - 12)
        total = 2 * m + head + 16 + middle + 16 + len(rows) * (line + 8)
        top = self._fitted_panel(root, body, total, (x0, dw, m, inner))
        if top is None:
            return False
        y = top + m + head + 16
        if speaker is not None:
            self.portrait(speaker, pygame.Rect(x0 + m, y, side - 12, side - 12), root)
        body.set_relative_position((x0 + m + side, y))
        y += middle + 16
        for row in rows:
            x = x0 + m
            for label, action, bw in row:
                self.button(label, (x, y), action, root, width=bw)
                x += bw + 8
            y += line + 8
        return True

    def _choose(self, option: str) -> None:
        self.nav.pop()
        self.answer(Action("answer", self.prompt.id, option))


class EveningScene(Dialog):
    """The evening report: what changed today and why in a few lines, who it was about, and
    what the morning brings; the panel is as tall as its text."""

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
        evening, morning = split_day(events)
        told = {id(e) for e in session.mornings.get(day, [])}
        today = [  # the evening before listed this morning's news already, under Tomorrow
            e for e in session.events if e.day == day and e not in morning and id(e) not in told
        ]
        self.report = evening_report(
            session.level, today or evening, morning, session.world, evening
        )
        self.spoken = False
        self.names: NameRow | None = None
        """The faces' columns and the names under them, as last laid out (None: no faces)."""

    def body(self) -> str:
        r = self.report
        text = "<br>".join(self._marked(x) for x in r.lines)
        if r.morning:
            text += "<br><br><b>Tomorrow</b><br>" + "<br>".join(self._marked(x) for x in r.morning)
        if r.left:  # alone, not under a "Tomorrow" heading with no news under it
            text += f"<br>{escape(r.left)}" if r.morning else f"<br><br>{escape(r.left)}"
        if self.session.world.ended:
            text += "<br><br><b>That was the last day.</b> The debrief follows."
        return text

    def _marked(self, line: str) -> str:
        """A line that tells a rise or a fall of the score, after its triangle."""
        p = self.kit.colours
        mark = present.tone_mark(self.report.tones.get(line), p.good, p.bad)
        return f"{mark} {escape(line)}" if mark else escape(line)

    def build(self, root: UIElement) -> None:
        if not self._compact(root):
            super().build(root)
        if not self.spoken:
            self.spoken = True
            self.kit.voice.say(f"{self.title}. {self.report.spoken()}")

    def _compact(self, root: UIElement) -> bool:
        """A panel fitted to the report; False (nothing built) when it would not fit."""
        w = self.size[0]
        m, line = 16, self.kit.line
        dw = self.panel_width(720)
        x0, inner = (w - dw) // 2, dw - 2 * m
        head = self.heading_height(inner)
        people = self._people()
        row = self._name_row(people, inner)
        body = self.text(self.body(), x0 + m, 0, inner, root)
        faces_h = row.height + 6 if people else 0
        total = 2 * m + head + 12 + faces_h + body.get_relative_rect().height
        total += 12 + line
        top = self._fitted_panel(root, body, total, (x0, dw, m, inner))
        if top is None:
            return False
        y = top + m + head + 12
        self._faces(people, row, (x0 + m, y), root)
        y += faces_h
        body.set_relative_position((x0 + m, y))
        self.button("Continue", (x0 + m, top + total - m - line), self._continue, root)
        self.focus.focus_key("Continue")
        return True

    def fill(self, box: UIScrollingContainer, width: int) -> int:
        """The scrolling layout (a small window or large text): the faces head the report
        and scroll with it, as in the fitted panel."""
        people = self._people()
        row = self._name_row(people, width)
        container = box.get_container()
        self._faces(people, row, (0, 0), container)
        top = row.height + 6 if people else 0
        return top + self.text(self.body(), 0, top, width, container).get_relative_rect().height

    def _faces(
        self,
        people: list[tuple[Character, str]],
        row: NameRow,
        at: tuple[int, int],
        container: UIElement,
    ) -> None:
        """Each face with its name under it, in the row's columns from `at`."""
        self.names = row if people else None
        for i, ((character, mood), tag) in enumerate(zip(people, row.tags, strict=True)):
            box = pygame.Rect(at[0] + row.x_of(i), at[1], row.width, row.height)
            self.portrait(character, box, container, mood, name=tag)

    def _people(self) -> list[tuple[Character, str]]:
        """The report's faces that belong to a character of the level, with their mood."""
        found = [(self.session.level.characters.get(c), mood) for c, mood in self.report.faces]
        return [(c, mood) for c, mood in found if c is not None]

    def _name_row(self, people: list[tuple[Character, str]], room: int) -> NameRow:
        """The faces' columns: each name whole under its face, on two lines or in smaller
        type when it is wider than the face, the row never wider than the panel."""
        sizes = tuple(dict.fromkeys(self.kit.px(b) for b in (12, 11, 10)))
        names = [c.name for c, _ in people]
        return name_row(names, self.kit.text.font, sizes, self.kit.px(64), room, 14)

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

    def __init__(
        self, kit: Kit, nav: Navigator, problems: list[str], *, playing: bool = True
    ) -> None:
        super().__init__(kit, nav)
        self.problems = problems
        self.playing = playing
        """False when no version of the file has loaded yet (it was broken at the start)."""

    def body(self) -> str:
        first = (
            "Still playing the last good version. Fix the file and save it again."
            if self.playing
            else "Fix the file and save it: the level starts as soon as it loads."
        )
        return first + "<br><br>" + "<br>".join(escape(p) for p in self.problems)


class DroppedScene(Dialog):
    """Live reload replayed the session, but the new version refused some of its actions."""

    name = "dropped"
    title = "Some actions no longer apply"

    def __init__(self, kit: Kit, nav: Navigator, dropped: list[str]) -> None:
        super().__init__(kit, nav)
        self.dropped = dropped

    def body(self) -> str:
        return (
            "The new version of the level refused these actions, so they were left out:<br><br>"
            + "<br>".join(escape(d) for d in self.dropped)
            + "<br><br>They are kept: save the file the way it was and they play again."
        )
