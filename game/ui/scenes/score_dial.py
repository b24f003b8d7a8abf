"""The score at the top of the day's left panel: a number that counts to the score, ticking
as it goes, drawn as a gauge, a yes-or-no badge, "No score" before the player joins, or a
"?" where the regime hides the score."""

from __future__ import annotations

import math

import pygame

from game.ui import present
from game.ui.dial import draw_dial
from game.ui.kit import Kit
from game.ui.play import PlaySession

TICK_GAP_S = 0.07
"""The least time between two ticks while the number counts."""


class ScoreDial:
    """What the dial shows, drawn again only when that changes (arcs are slow to draw). The
    session is read each frame: a live reload replaces its level and world."""

    def __init__(self, kit: Kit, session: PlaySession) -> None:
        self.kit, self.session = kit, session
        self.rect = pygame.Rect(0, 0, 0, 0)
        """Where the dial goes; no height where the panel has no room for it."""
        self.shown = float(session.world.score)
        """The number as it counts toward the score."""
        self.image: pygame.Surface | None = None
        self._key: tuple[object, ...] = ()
        self._tick_wait = 0.0

    def jump(self) -> None:
        """Show the score as it is now, without counting (a reload), and draw it anew."""
        self.shown = float(self.session.world.score)
        self._key = ()

    def restyle(self) -> None:
        """Draw it anew (other colours or text size)."""
        self._key = ()

    def count(self, dt: float) -> None:
        """The number counts to the score, ticking as it goes."""
        target, before = float(self.session.world.score), round(self.shown)
        if self.kit.settings.reduced_motion or abs(target - self.shown) < 0.5:
            self.shown = target
        else:
            step = (target - self.shown) * min(1.0, dt * 5)
            self.shown += math.copysign(max(abs(step), min(abs(target - self.shown), dt * 8)), step)
        self._tick_wait -= dt
        if round(self.shown) != before and self._tick_wait <= 0:
            self.kit.audio.play("tick")
            self._tick_wait = TICK_GAP_S

    def caption(self) -> tuple[str, str] | None:
        """The number as it counts, coloured by which way it is going."""
        level, world = self.session.level, self.session.world
        if not present.shows_number(level) or not present.joined(world):
            return None
        p, gap = self.kit.colours, world.score - self.shown
        colour = p.ink if abs(gap) < 0.5 else p.good if gap > 0 else p.bad
        return level.spec.score.shown(round(self.shown)), colour

    def words(self) -> tuple[str, str] | None:
        """What the dial's middle reads: the number where the regime shows it, else the tier
        a tiers-only regime tells the player (Model City's "A"); without either the dial was
        an arc round an empty middle."""
        caption = self.caption()
        level, world = self.session.level, self.session.world
        if caption is not None or present.shows_number(level) or present.hidden(level):
            return caption
        if not present.joined(world):
            return None
        tier = next((t for t in level.tiers if t.id == world.tier), None)
        return (tier.label, self.kit.colours.ink) if tier is not None else None

    def render(self) -> None:
        """Draw the dial's image if what it shows changed."""
        level, world = self.session.level, self.session.world
        joined, words = present.joined(world), self.words()
        key = (self.rect.size, round(self.shown), world.tier, self.kit.settings.high_contrast)
        key += (words, joined)
        if key == self._key or min(self.rect.size) <= 0 or present.hidden(level):
            return
        self._key = key
        image = pygame.Surface(self.rect.size, pygame.SRCALPHA)
        if not joined:
            self._draw_no_score(image)
        elif present.two_states(level):
            self._draw_badge(image)
        else:
            shows = present.shows_number(level)
            rect = image.get_rect()
            draw_dial(image, self.kit, rect, level, self.shown, world.tier, shows, words)
        self.image = image

    def draw(self, surface: pygame.Surface, shake: tuple[int, int]) -> None:
        """The dial (moved by `shake`), or a "?" where the regime hides the score."""
        if present.hidden(self.session.level):
            label = self.kit.text.render("?", self.kit.px(40), self.kit.colours.muted, True)
            surface.blit(label, label.get_rect(center=self.rect.center))
        elif self.image is not None and self.rect.height > 0:
            surface.blit(self.image, self.rect.move(shake))

    def _draw_badge(self, image: pygame.Surface) -> None:
        """A yes-or-no regime (listed or not) shows a status badge, not a gauge."""
        tier, p = present.tier_of(self.session.world), self.kit.colours
        colour = p.bad if tier.restrictions else p.good
        rect = image.get_rect().inflate(-image.get_width() // 6, -image.get_height() // 3)
        pygame.draw.rect(image, p.panel, rect, border_radius=18)
        pygame.draw.rect(image, colour, rect, 6, border_radius=18)
        text = _fit_width(
            self.kit.text.render(tier.label, self.kit.px(24), p.ink, True), rect.width - 24
        )
        image.blit(text, text.get_rect(center=rect.center))

    def _draw_no_score(self, image: pygame.Surface) -> None:
        """An opt-in regime the player has not joined: no number, no tier, only that."""
        p, text = self.kit.colours, self.kit.text
        rect = image.get_rect().inflate(-image.get_width() // 6, -image.get_height() // 3)
        pygame.draw.rect(image, p.panel, rect, border_radius=18)
        pygame.draw.rect(image, p.muted, rect, 4, border_radius=18)
        lines = [
            text.render("No score", self.kit.px(24), p.ink, True),
            text.render(present.NOT_JOINED.capitalize(), self.kit.px(16), p.muted),
        ]
        lines = [_fit_width(line, rect.width - 24) for line in lines]
        y = rect.centery - sum(line.get_height() for line in lines) // 2
        for line in lines:
            image.blit(line, line.get_rect(midtop=(rect.centerx, y)))
            y += line.get_height()


def _fit_width(line: pygame.Surface, width: int) -> pygame.Surface:
    """A rendered line scaled down until it fits `width` (large text in a small dial)."""
    while line.get_width() > width and line.get_height() > 8:
        line = pygame.transform.smoothscale_by(line, 0.9)
    return line
