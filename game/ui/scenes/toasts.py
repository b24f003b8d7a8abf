"""The news of the player's last actions, in toasts at the foot of the phone: which ones
stay, how each is wrapped or cut short, where it goes, and the face of whoever it is about."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pygame

from game.core import events as ev
from game.core.level import Level
from game.ui.kit import Kit
from game.ui.label_tips import wrap

TOAST_SECONDS = 4.0
MAX_TOASTS = 2
TOAST_SHARE = 4
"""Toasts take at most a quarter of the phone's list (one is shown at least, whole): with
large text on a small screen, two would hide too much of what the player is choosing from."""
TOAST_PAD = 10
"""Space between a toast's edge and its text, on each side."""
TOAST_GAP = 6
"""Space between two toasts, and between the toasts and the list above them."""
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\"'\u201c])")
"""Where a toast's text may be cut short: after a sentence, before the next one."""


@dataclass
class Toast:
    text: str
    tone: str
    age: float = 0.0
    face: str | None = None
    """The character the news is about, whose face goes beside it."""
    mood: str = "neutral"
    wrapped: tuple[tuple[int, int, int], list[str]] | None = None
    """Its lines for a (text size, width, room), kept so frames do not wrap it again."""


def trim_toasts(toasts: list[Toast], limit: int = MAX_TOASTS) -> list[Toast]:
    """At most `limit`: the older toasts go before the ones the last action just made (not
    yet shown, age 0), so the player always sees what their click did, and among each,
    plain news ('You bought...') goes before a score change or a goal, so three quick
    purchases do not push out why the score moved."""
    kept = list(toasts)
    while len(kept) > limit:
        drop = min(range(len(kept)), key=lambda i: (kept[i].age == 0, kept[i].tone != "neutral", i))
        del kept[drop]
    return kept


def face_size(kit: Kit) -> int:
    """A toast's face is as tall as a one-line toast, whatever the toast's height."""
    return kit.text.font(kit.px(14)).get_height() + 12


class ToastLayout:
    """Toasts in a phone whose list fills `inner` (they stack up from its foot, the newest
    lowest, right-aligned); `room` is the height a toast's text may take before it is cut to
    its first sentences."""

    def __init__(self, kit: Kit, level: Level, inner: pygame.Rect, room: int) -> None:
        self.kit, self.level, self.inner, self.room = kit, level, inner, room
        self.size = kit.px(14)
        self.font = kit.text.font(self.size)

    def lines(self, toast: Toast) -> list[str]:
        """A toast's text, wrapped to the phone's width less its face. Where the whole of it
        would take more than the room (large text on a small window) it says its first
        sentences, as many as fit there, and the first one whole however long: what the
        action did, never cut mid-sentence; Today, beside the phone, has every line whole."""
        width = self.inner.width - 2 * TOAST_PAD
        if toast.face in self.level.characters:
            width -= face_size(self.kit) + 4
        key = (self.size, max(40, width), self.room)
        if toast.wrapped is None or toast.wrapped[0] != key:
            lines = wrap(toast.text, self.font, key[1]) or [""]
            sentences = SENTENCE_END.split(toast.text)
            for count in range(len(sentences) - 1, 0, -1):
                if self.lines_height(len(lines)) <= self.room:
                    break
                lines = wrap(" ".join(sentences[:count]), self.font, key[1]) or [""]
            toast.wrapped = (key, lines)
        return toast.wrapped[1]

    def lines_height(self, lines: int) -> int:
        """A toast's height for this many lines of text."""
        return self.font.get_height() + (lines - 1) * self.font.get_linesize() + 12

    def height(self, toast: Toast) -> int:
        return self.lines_height(len(self.lines(toast)))

    def boxes(self, toasts: list[Toast]) -> list[pygame.Rect]:
        """Where each toast goes; each slides in from the right."""
        y, boxes = self.inner.bottom, []
        for toast in reversed(toasts):
            slide = 0 if self.kit.settings.reduced_motion else max(0, 30 - toast.age * 200)
            width = max(self.font.size(line)[0] for line in self.lines(toast)) + 2 * TOAST_PAD
            height = self.height(toast)
            right = self.inner.right + int(slide)
            boxes.append(pygame.Rect(right - width, y - height, width, height))
            y -= height + TOAST_GAP
        return boxes[::-1]

    def draw(self, surface: pygame.Surface, toasts: list[Toast]) -> None:
        p, step = self.kit.colours, self.font.get_linesize()
        for toast, box in zip(toasts, self.boxes(toasts), strict=True):
            pygame.draw.rect(surface, p.panel, box, border_radius=8)
            colour = p.good if toast.tone == "good" else p.bad if toast.tone == "bad" else p.muted
            pygame.draw.rect(surface, colour, box, 3, border_radius=8)
            lines = self.lines(toast)
            top = box.centery - step * len(lines) // 2
            for i, line in enumerate(lines):
                text = self.kit.text.render(line, self.size, p.ink)
                surface.blit(text, text.get_rect(midtop=(box.centerx, top + i * step)))
            character = self.level.characters.get(toast.face or "")
            if character is not None:
                face = self.kit.faces.get(character, face_size(self.kit), toast.mood)
                surface.blit(face, face.get_rect(topright=(box.left - 4, box.top)))


def speaker(level: Level, e: ev.Event) -> tuple[str | None, str]:
    """Who a piece of news is about and how they look, for the toast's face."""
    match e:
        case ev.TalkStarted():
            return e.character, level.talks[e.talk][1].mood.value
        case ev.CharacterReacted():
            return e.character, e.mood
        case ev.TalkReplied() | ev.FriendAdded():
            return e.character, "neutral"
        case ev.FriendLost():
            return e.character, "angry"
        case ev.ActionTaken() | ev.Notice():  # what someone says ("Wei: Don't let them...")
            said = next(
                (c for c, x in level.characters.items() if e.text.startswith(f"{x.name}:")), None
            )
            return said, "neutral"
    return None, "neutral"
