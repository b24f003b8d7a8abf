"""What an evidence label means, where the player meets it: a player sees "[Reported]" on
nearly every line, so hovering, clicking or focusing one shows its meaning in a short tip.

Labels in any text box become links (`linkify`); the tip itself is drawn over everything, not a
widget, so showing it never rebuilds a screen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pygame
import pygame_gui
from pygame_gui.core import UIElement
from pygame_gui.elements import UITextBox

from game.design.debrief.cards import unbroken
from game.ui.kit import Kit
from game.ui.present import EVIDENCE_LABELS, evidence_meaning

LINK = "evidence:"
_BY_LABEL = {label: key for key, label in EVIDENCE_LABELS.items()}
_LABEL_RE = re.compile(
    r"\[("
    + "|".join(re.escape(label).replace("\\ ", " ").replace(" ", r"\s+") for label in _BY_LABEL)
    + r")\]"
)
"""A label in brackets, its words apart by any space: a turning point keeps "[Game abstraction]"
on one line with a no-break space, which the plain label did not match."""
PINNED_SECONDS = 6.0
"""How long a clicked label's tip stays when the mouse moves on."""


def linkify(markup: str) -> str:
    """Each "[Label]" in text markup as a link the tip can find (once; links are not nested)."""
    if LINK in markup:
        return markup
    return _LABEL_RE.sub(
        lambda m: f"<a href='{LINK}{_key(m.group(1))}'>{unbroken(m.group(0))}</a>", markup
    )


def _key(label: str) -> str:
    """The evidence key of a label however its words are spaced."""
    return _BY_LABEL[" ".join(label.split())]


def labels_in(markup: str) -> list[str]:
    """The evidence keys named in some markup, in order, once each."""
    return list(dict.fromkeys(_key(m.group(1)) for m in _LABEL_RE.finditer(markup)))


def tip_text(key: str) -> str:
    return f"{EVIDENCE_LABELS[key]}: {evidence_meaning(key)}"


def hovered_label(manager: pygame_gui.UIManager) -> tuple[str, pygame.Rect] | None:
    """The evidence label under the mouse in any visible text box, with the box's rect."""
    for sprite in manager.get_sprite_group().sprites():
        if not isinstance(sprite, UITextBox) or not sprite.visible:
            continue
        for chunk in sprite.link_hover_chunks:
            if chunk.is_hovered and chunk.href.startswith(LINK):
                key = chunk.href.removeprefix(LINK)
                if key in EVIDENCE_LABELS:
                    return key, sprite.get_abs_rect()
    return None


@dataclass
class LabelTip:
    """The one tip on screen: which label, where, and until when a click keeps it."""

    key: str | None = None
    anchor: tuple[int, int] = (0, 0)
    pinned_until: float = 0.0
    beside: pygame.Rect | None = None
    """A focused button the tip explains: with no room above or below its card, the tip
    sits level with it, on the side with more room."""
    card: pygame.Rect | None = None
    """The focused button's whole card: the tip goes just above it (or below, with no room
    above) and never over it, since that card is what the player is reading; level with
    the button it covered the card's own text."""
    within: pygame.Rect | None = None
    """The visible part of the list holding that button: a tip beside it stays inside when
    there is room, instead of spilling over the gauge and the left panel."""
    words: tuple[pygame.Rect, ...] = ()
    """The visible parts of the card's text: a tip level with its button goes on neither
    side where it would cover them (at 200% a card's Pay had its tip over the card's title
    and its own label)."""

    def show(
        self,
        key: str,
        anchor: tuple[int, int],
        pin_until: float = 0.0,
        beside: pygame.Rect | None = None,
        within: pygame.Rect | None = None,
        card: pygame.Rect | None = None,
        words: tuple[pygame.Rect, ...] = (),
    ) -> None:
        self.key, self.anchor, self.pinned_until = key, anchor, pin_until
        self.beside, self.within, self.card, self.words = beside, within, card, words

    def text(self) -> str:
        return tip_text(self.key) if self.key is not None else ""

    def hide(self, now: float) -> None:
        if now >= self.pinned_until:
            self.key = None

    def _lines(self, kit: Kit, width: int) -> list[str]:
        return wrap(tip_text(self.key), kit.text.font(kit.px(14)), width - 16) if self.key else []

    def rect(self, kit: Kit, size: tuple[int, int]) -> pygame.Rect:
        """Where the tip is drawn in a window of `size`."""
        window = pygame.Rect((0, 0), size)
        if self.card is not None and self.within is not None:
            box = self._off_card(kit, self.card, window.clip(self.within))
            if box is not None:
                return box
        if self.beside is not None and self.within is not None:
            box = self._inside(kit, self.beside, window.clip(self.within))
            if box is not None:
                return box.clamp(window.inflate(-8, -8))
        width = kit.px(14) * 24
        left = False
        if self.beside is not None:
            room = size[0] - self.beside.right - 28
            # a button at the card's right edge: the tip goes to its left, over its own card
            left = room < width and self.beside.left - 28 > room
            room = self.beside.left - 28 if left else room
            width = max(width, min(room, kit.px(14) * 48))
            if room >= kit.px(14) * 8:
                # no wider than the room on its side: pushed back into the window, a tip wider
                # than the room right of a button at the list's left edge sat on the button
                width = min(width, room)
        width = min(size[0] - 16, width)
        lines = self._lines(kit, width)
        box = pygame.Rect(0, 0, width, len(lines) * kit.text.font(kit.px(14)).get_linesize() + 12)
        if self.beside is not None and left:
            box.midright = (self.beside.left - 12, self.beside.centery)
        elif self.beside is not None:
            box.midleft = (self.beside.right + 12, self.beside.centery)
        else:
            box.topleft = (self.anchor[0] + 12, self.anchor[1] + 18)
            if box.bottom > size[1] - 4:
                box.bottom = self.anchor[1] - 8
        return box.clamp(pygame.Rect((0, 0), size).inflate(-8, -8))

    def placeable(self, kit: Kit, size: tuple[int, int]) -> bool:
        """Whether a tip that explains a focused card's button has a place clear of that
        card (above or below it) or level with the button inside its list: with large text
        on a small window neither may fit, and the tip, pushed beside the button, covered the
        card's own text. A tip for the mouse, or with no card, always has a place."""
        if self.card is None or self.within is None:
            return True
        area = pygame.Rect((0, 0), size).clip(self.within)
        if self._off_card(kit, self.card, area) is not None:
            return True
        return self.beside is not None and self._inside(kit, self.beside, area) is not None

    def _off_card(self, kit: Kit, card: pygame.Rect, area: pygame.Rect) -> pygame.Rect | None:
        """The tip inside `area`, right-aligned with the card (its button's side), just
        above the card or, with no room there, just below it; None when neither fits."""
        width = min(area.width - 8, kit.px(14) * 48)
        if width < kit.px(14) * 16:
            return None
        lines = self._lines(kit, width)
        box = pygame.Rect(0, 0, width, len(lines) * kit.text.font(kit.px(14)).get_linesize() + 12)
        box.right = min(card.right, area.right - 4)
        box.left = max(box.left, area.left + 4)
        box.bottom = card.top - 4
        if box.top >= area.top:
            return box
        box.top = card.bottom + 4
        return box if box.bottom <= area.bottom else None

    def _inside(self, kit: Kit, beside: pygame.Rect, area: pygame.Rect) -> pygame.Rect | None:
        """The tip level with the button and inside `area`, on the side with more room that
        leaves the card's text (`words`) uncovered, or None when no side has room for a
        readable line clear of it."""
        right, left = area.right - beside.right - 20, beside.left - 20 - area.left
        sides = sorted(((right, True), (left, False)), reverse=True)
        for room, on_right in sides:
            if room < kit.px(14) * 16:
                continue
            width = min(room, kit.px(14) * 48)
            lines = self._lines(kit, width)
            line = kit.text.font(kit.px(14)).get_linesize()
            box = pygame.Rect(0, 0, width, len(lines) * line + 12)
            if on_right:
                box.midleft = (beside.right + 12, beside.centery)
            else:
                box.midright = (beside.left - 12, beside.centery)
            if not any(box.colliderect(words) for words in self.words):
                return box
        return None

    def shown(self, kit: Kit, size: tuple[int, int]) -> pygame.Rect | None:
        """Where the tip is drawn, or None when it is not: no tip, or a focused card's tip
        with no place clear of the card's text (the label on the card still shows it)."""
        if self.key is None or not self.placeable(kit, size):
            return None
        return self.rect(kit, size)

    def draw(self, surface: pygame.Surface, kit: Kit) -> None:
        box = self.shown(kit, surface.get_size())
        if box is None:
            return
        p = kit.colours
        font = kit.text.font(kit.px(14))
        lines = self._lines(kit, box.width)
        pygame.draw.rect(surface, p.panel, box, border_radius=6)
        pygame.draw.rect(surface, p.ink, box, 2, border_radius=6)
        for i, line in enumerate(lines):
            text = kit.text.render(line, kit.px(14), p.ink)
            surface.blit(text, (box.x + 8, box.y + 6 + i * font.get_linesize()))


def wrap(text: str, font: pygame.font.Font, width: int) -> list[str]:
    """Greedy word wrap; a word longer than the line is cut, never left to overflow."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        while font.size(word)[0] > width and len(word) > 1:
            cut = next((i for i in range(len(word), 1, -1) if font.size(word[:i])[0] <= width), 1)
            lines.extend([line] if line else [])
            lines.append(word[:cut])
            line, word = "", word[cut:]
        candidate = f"{line} {word}".strip()
        if font.size(candidate)[0] <= width:
            line = candidate
        else:
            lines.append(line)
            line = word
    return [*lines, line] if line else lines


def linked_labels(box: UITextBox) -> list[str]:
    """The evidence keys whose labels a text box shows as links, in order, once each."""
    hrefs = (c.href for c in box.link_hover_chunks if c.href.startswith(LINK))
    keys = (h.removeprefix(LINK) for h in hrefs)
    return list(dict.fromkeys(k for k in keys if k in EVIDENCE_LABELS))


def label_rect(box: UITextBox, key: str) -> pygame.Rect | None:
    """Where the first "[Label]" of evidence `key` in a text box is drawn on screen now (its
    box scrolled as it is), or None when the box holds no such label."""
    href = LINK + key
    chunk = next((c for c in box.link_hover_chunks if c.href == href), None)
    layout = box.text_box_layout
    if chunk is None or layout is None:
        return None
    bar = box.scroll_bar
    scrolled = bar.start_percentage * layout.layout_rect.height if bar is not None else 0
    # where pygame_gui puts the text inside the box (UITextBox.update does the same sum)
    x = box.rect.x + box.padding[0] + box.border_width["left"] + box.shadow_width
    y = box.rect.y + box.padding[1] + box.border_width["top"] + box.shadow_width
    x += box.rounded_corner_width_offsets[0]
    y += box.rounded_corner_height_offsets[0]
    return pygame.Rect(int(x + chunk.x), int(y + chunk.y - scrolled), chunk.width, chunk.height)


class LabelSpot(UIElement):
    """An evidence label in a text box as a stop for the keyboard: Tab lands on it, the focus
    ring goes round the label and its tip shows (`Scene.focus_tip`), as hovering it shows the
    tip to a mouse. Drawn as nothing and never under the mouse; it follows its label when the
    box scrolls or its text is set again."""

    def __init__(self, box: UITextBox, key: str, manager: pygame_gui.UIManager) -> None:
        super().__init__(
            pygame.Rect(box.get_abs_rect().topleft, (1, 1)),
            manager,
            box.ui_container,
            starting_height=1,
            layer_thickness=1,
            element_id=["label_spot"],
        )
        self.box, self.key = box, key
        self.text = tip_text(key)
        """What self-voicing reads when focus lands here: the label and what it means."""
        self._set_image(pygame.Surface((1, 1), pygame.SRCALPHA))
        self.follow()

    def hover_point(self, hover_x: float, hover_y: float) -> bool:
        return False  # the label's own link under it takes the mouse (and shows the tip)

    def follow(self) -> None:
        """Sit on the label where its box draws it now."""
        rect = label_rect(self.box, self.key) if self.box.alive() else None
        if rect is None or rect == self.get_abs_rect():
            return
        if rect.size != self.rect.size:
            self.set_dimensions(rect.size)
            self._set_image(pygame.Surface(rect.size, pygame.SRCALPHA))
        self.set_position(rect.topleft)

    def reveal(self) -> None:
        """Scroll the box, when it scrolls, so the label shows (a third of the way down)."""
        rect, bar = label_rect(self.box, self.key), self.box.scroll_bar
        layout = self.box.text_box_layout
        if rect is None or bar is None or layout is None or self.box.rect.contains(rect):
            return
        top = rect.y - self.box.rect.y + bar.start_percentage * layout.layout_rect.height
        start = (top - self.box.rect.height / 3) / max(layout.layout_rect.height, 1)
        bar.set_scroll_from_start_percentage(max(0.0, min(1.0 - bar.visible_percentage, start)))

    def update(self, time_delta: float) -> None:
        super().update(time_delta)
        self.follow()
