"""Feedback with weight: what the regime just did to you, shown and heard, not one more grey line.

Each kind has its own look and sound: a tier change sweeps a banner and flashes the screen, a
perk won or lost slides a ribbon, a restriction slams down as a stamp with a shake, a goal
ticks or crosses, a refusal buzzes and shakes. Each lasts under 1.2 s, any key or click skips
it (the key still does its job), and reduced motion shows the same card without movement.
"""

import math
from dataclasses import dataclass

import pygame

from game.core import events as ev
from game.core.level import Level
from game.ui import present
from game.ui.icons import tier_icon
from game.ui.kit import Kit
from game.ui.label_tips import wrap

SECONDS = 1.1
QUICK_SECONDS = 0.6
"""When more cues wait, each one is cut short so the queue never holds the player up."""
MAX_QUEUE = 4
SHAKE_SECONDS = 0.3


@dataclass(frozen=True)
class Cue:
    """One piece of feedback: its kind decides look and sound."""

    kind: str
    """tier_up, tier_down, perk_won, perk_lost, stamp, goal_met, goal_failed or refusal."""
    title: str
    text: str

    @property
    def good(self) -> bool:
        return self.kind in ("tier_up", "perk_won", "goal_met")

    @property
    def shakes(self) -> bool:
        return self.kind in ("stamp", "refusal")


def cues_for(level: Level, events: list[ev.Event]) -> list[Cue]:
    """The cues for a batch of engine events, only for what this regime lets the player see."""
    spec, out = level.spec, []
    order = {t.id: i for i, t in enumerate(level.tiers)}
    for e in events:
        if not present.event_line(level, e):
            continue
        match e:
            case ev.TierChanged():
                up = order.get(e.new, 0) > order.get(e.old, 0)
                label = next((t.label for t in level.tiers if t.id == e.new), e.new)
                out.append(
                    Cue("tier_up" if up else "tier_down", "Tier up" if up else "Tier down", label)
                )
            case ev.PerkGranted():
                out.append(Cue("perk_won", "Perk won", spec.label_of("perks", e.perk)))
            case ev.PerkLost():
                out.append(Cue("perk_lost", "Perk lost", spec.label_of("perks", e.perk)))
            case ev.RestrictionApplied():
                out.append(Cue("stamp", "Restricted", spec.label_of("restrictions", e.restriction)))
            case ev.GoalMet():
                out.append(Cue("goal_met", "Goal met", spec.label_of("goals", e.goal)))
            case ev.GoalFailed():
                out.append(Cue("goal_failed", "Goal missed", spec.label_of("goals", e.goal)))
            case ev.ActionRefused():
                out.append(Cue("refusal", "Refused", e.reason))
    return out


class Feedback:
    """A short queue of cues over a scene: `push` on events, `update` and `draw` each frame."""

    def __init__(self, kit: Kit) -> None:
        self.kit = kit
        self.queue: list[Cue] = []
        self.current: Cue | None = None
        self.age = 0.0
        self.length = SECONDS
        self.shown: list[str] = []
        """Kinds shown so far, oldest first."""
        self._card: pygame.Surface | None = None
        self._tint: pygame.Surface | None = None

    @property
    def active(self) -> bool:
        return self.current is not None

    def push(self, cues: list[Cue]) -> None:
        self.queue = (self.queue + cues)[-MAX_QUEUE:]
        if self.current is None:
            self._next()

    def skip(self) -> None:
        """Any key or click: everything waiting goes at once."""
        self.queue.clear()
        self.current, self._card = None, None

    def update(self, dt: float) -> None:
        if self.current is None:
            return
        self.age += dt
        if self.age >= self.length:
            self._next()

    def _next(self) -> None:
        self.current, self._card, self.age = None, None, 0.0
        if not self.queue:
            return
        self.current = self.queue.pop(0)
        self.length = QUICK_SECONDS if self.queue else SECONDS
        self.shown.append(self.current.kind)
        self.kit.audio.play(self.current.kind)

    @property
    def still(self) -> bool:
        return self.kit.settings.reduced_motion

    def shake(self) -> tuple[int, int]:
        """How far shaking things move this frame (none with reduced motion)."""
        if self.current is None or not self.current.shakes or self.still:
            return 0, 0
        left = SHAKE_SECONDS - self.age
        if left <= 0:
            return 0, 0
        amp = 9 * left / SHAKE_SECONDS
        return round(amp * math.sin(self.age * 70)), round(amp * 0.4 * math.cos(self.age * 55))

    # drawing ------------------------------------------------------------------------------
    def draw(self, surface: pygame.Surface) -> None:
        cue = self.current
        if cue is None:
            return
        if self._card is None:
            self._card = self._make_card(cue, surface.get_width())
        if cue.kind.startswith("tier") and not self.still:
            self._flash(surface, cue, max(0.0, 1 - self.age / 0.35))
        if cue.kind == "refusal":
            self._border(surface, cue)
        card, w, h = self._card, *surface.get_size()
        fade = 1.0 if self.still else min(1.0, (self.length - self.age) / 0.2)
        if cue.kind == "stamp" and not self.still:
            grow = max(0.0, 1 - self.age / 0.14)
            card = pygame.transform.rotozoom(card, 0, 1 + 0.8 * grow)
        dx, dy = self.shake()
        slide = 0 if self.still else round(-60 * max(0.0, 1 - self.age / 0.15))
        rect = card.get_rect(center=(w // 2 + dx, int(h * 0.34) + dy + slide))
        card.set_alpha(round(255 * fade))
        surface.blit(card, rect)

    def _flash(self, surface: pygame.Surface, cue: Cue, strength: float) -> None:
        if strength <= 0:
            return
        p = self.kit.colours
        if self._tint is None or self._tint.get_size() != surface.get_size():
            self._tint = pygame.Surface(surface.get_size())
        self._tint.fill(p.good if cue.good else p.bad)
        self._tint.set_alpha(round(90 * strength))
        surface.blit(self._tint, (0, 0))

    def _border(self, surface: pygame.Surface, cue: Cue) -> None:
        on = self.still or int(self.age * 8) % 2 == 0
        if on:
            pygame.draw.rect(surface, self.kit.colours.bad, surface.get_rect(), 10)

    def _make_card(self, cue: Cue, screen_w: int) -> pygame.Surface:
        if cue.kind == "stamp":
            return self._stamp(cue)
        p, kit = self.kit.colours, self.kit
        colour = p.good if cue.good else p.bad
        title = kit.text.render(cue.title.upper(), kit.px(30), p.accent_text, True)
        body = _wrap(kit, cue.text, kit.px(18), min(screen_w - 160, 640) - 120)
        lines = [kit.text.render(t, kit.px(18), p.ink) for t in body]
        icon = kit.px(30)
        w = max([title.get_width(), *(x.get_width() for x in lines)]) + icon * 2 + 60
        band = title.get_height() + 16
        h = band + sum(x.get_height() for x in lines) + 24
        card = pygame.Surface((w, h), pygame.SRCALPHA)
        pygame.draw.rect(card, p.panel, card.get_rect(), border_radius=14)
        pygame.draw.rect(
            card, colour, (0, 0, w, band), border_top_left_radius=14, border_top_right_radius=14
        )
        pygame.draw.rect(card, colour, card.get_rect(), 4, border_radius=14)
        _icon(card, cue.kind, (20 + icon // 2, band // 2), icon // 2, p.accent_text)
        card.blit(title, (icon + 36, 8))
        y = band + 12
        for line in lines:
            card.blit(line, ((w - line.get_width()) // 2, y))
            y += line.get_height()
        return card

    def _stamp(self, cue: Cue) -> pygame.Surface:
        """Red ink on a tilted frame, like a rubber stamp on a form."""
        kit, red = self.kit, self.kit.colours.bad
        title = kit.text.render(cue.title.upper(), kit.px(44), red, True)
        body = kit.text.render(clip_line(kit, cue.text, kit.px(20), 560), kit.px(20), red, True)
        w = max(title.get_width(), body.get_width()) + 56
        h = title.get_height() + body.get_height() + 36
        flat = pygame.Surface((w, h), pygame.SRCALPHA)
        pygame.draw.rect(
            flat,
            (*pygame.Color(self.kit.colours.panel)[:3], 215),
            flat.get_rect(),
            border_radius=10,
        )
        pygame.draw.rect(flat, red, flat.get_rect(), 7, border_radius=10)
        pygame.draw.rect(flat, red, flat.get_rect().inflate(-18, -18), 2, border_radius=6)
        flat.blit(title, ((w - title.get_width()) // 2, 14))
        flat.blit(body, ((w - body.get_width()) // 2, 18 + title.get_height()))
        return pygame.transform.rotozoom(flat, 8, 1)


def _icon(surface: pygame.Surface, kind: str, c: tuple[int, int], r: int, colour: str) -> None:
    x, y = c
    w = max(3, r // 3)
    if kind in ("tier_up", "tier_down"):
        s = -1 if kind == "tier_up" else 1
        pygame.draw.polygon(
            surface, colour, [(x - r, y - s * r // 3), (x + r, y - s * r // 3), (x, y + s * r)]
        )
    elif kind == "perk_won":
        tier_icon(surface, "star", c, r, colour)
    elif kind == "perk_lost":
        tier_icon(surface, "star", c, r, colour)
        pygame.draw.line(surface, colour, (x - r, y + r), (x + r, y - r), w)
    elif kind == "goal_met":
        pygame.draw.lines(
            surface,
            colour,
            False,
            [(x - r, y), (x - r // 3, y + r * 2 // 3), (x + r, y - r * 2 // 3)],
            w,
        )
    else:
        pygame.draw.line(surface, colour, (x - r, y - r), (x + r, y + r), w)
        pygame.draw.line(surface, colour, (x - r, y + r), (x + r, y - r), w)


def _wrap(kit: Kit, text: str, size: int, width: int, lines: int = 3) -> list[str]:
    out = wrap(text, kit.text.font(size), width) or [""]
    if len(out) > lines:
        out = [*out[: lines - 1], clip_line(kit, " ".join(out[lines - 1 :]), size, width)]
    return out


def clip_line(kit: Kit, text: str, size: int, width: int) -> str:
    """One line of text that fits `width`, ending with an ellipsis when cut."""
    font = kit.text.font(size)
    if font.size(text)[0] <= width:
        return text
    while text and font.size(text + "\u2026")[0] > width:
        text = text[:-1]
    return text + "\u2026"
