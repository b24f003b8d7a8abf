"""The briefing: who you are and the people in your life, the regime as it is told to you,
and what you want from life."""

from __future__ import annotations

from html import escape

import pygame
from pygame_gui.core import UIElement
from pygame_gui.elements import UIImage

from game.core.level_spec import LevelSpec
from game.core.money import money_text
from game.core.spec.characters import Character, Relation
from game.ui.keyart import level_art
from game.ui.name_tags import name_row
from game.ui.scene import PAGE_MARGIN, SessionScene, finish_scroller

CLOSE = (Relation.FAMILY, Relation.FRIEND)
CARD_GAP = 10
"""Pixels between one card and the next."""


class BriefingScene(SessionScene):
    name = "briefing"
    close: tuple[Character, ...] = ()
    """The faces shown under who you are, as last built."""
    tags: list[str]
    """The words under each of those faces, as last built."""

    def build(self, root: UIElement) -> None:
        h, m, line = self.size[1], PAGE_MARGIN, self.kit.line
        spec = self.session.level.spec
        box, x, col = self.page(f"<b>{escape(spec.meta.title)}</b>", 900, root)
        inner, width, y = box.get_container(), col - 24, 0
        message = self.director.take_message()
        note = escape(message or "").replace("\n", "<br>")
        if note:
            y += self._card(f"<b>Note:</b> {note}", 0, y, width, inner)
        y = self._who_you_are(spec, inner, width, y)
        parts = [
            f"<b>The {escape(spec.score.name)}, as you are told</b><br>"
            f"{escape(spec.player.briefing)}",
            "<b>What you want</b><br>"
            + "<br>".join(
                f"\u2022 <b>{escape(g.label)}</b>: {escape(g.description)}" for g in spec.goals
            ),
            f"You have {spec.player.days} days, {spec.player.actions_per_day} actions a day and "
            f"{money_text(spec.player.money)} to spend.",
        ]
        for part in parts:
            y += self._card(part, 0, y, width, inner)
        finish_scroller(box, y - CARD_GAP)  # no gap under the last card: a page that fits
        # has no scroll bar
        self.button(
            "Start day 1", (x, h - m - line), lambda: self.director.play(self.session), root
        )
        self.button(
            "Back",
            (x + col - self.text_width("Back") - 40, h - m - line),
            self.director.level_select,
            root,
        )
        self.focus.focus_key("Start day 1")

    def _card(self, markup: str, x: int, y: int, width: int, inner: UIElement) -> int:
        """A card of text; returns the room it takes, the gap under it included."""
        card = self.text(markup, x, y, width, inner, object_id="#card")
        return int(card.get_relative_rect().height) + CARD_GAP

    def _who_you_are(self, spec: LevelSpec, inner: UIElement, width: int, y: int) -> int:
        """The level's picture beside who you are, then the faces of the people close to
        you (family, and friends from the start): the people the goals and choices are about."""
        art = self.kit.px(96)
        image = level_art(spec.meta.id, spec.meta.title, art)
        self.own(
            UIImage(pygame.Rect(0, y, art, art), image, self.kit.manager, container=inner), inner
        )
        who = f"<b>Who you are</b><br>{escape(spec.player.role)}"
        y += max(self._card(who, art + 12, y, width - art - 12, inner), art + 10)
        people = self.close = close_people(spec.characters)
        self.tags = []
        if not people:
            return y
        heading = self.text("<b>The people close to you</b>", 0, y, width, inner)
        y += int(heading.get_relative_rect().height) + 4
        face, gap = self.kit.px(64), 14
        per_row = max(1, (width + gap) // (face + gap))
        for start in range(0, len(people), per_row):
            y = self._faces(people[start : start + per_row], inner, width, y, (face, gap))
        return y + 8

    def _faces(
        self,
        people: tuple[Character, ...],
        inner: UIElement,
        width: int,
        y: int,
        face_gap: tuple[int, int],
    ) -> int:
        """One row of faces, each name whole under its face; returns the y under the row."""
        sizes = tuple(dict.fromkeys(self.kit.px(b) for b in (12, 11, 10)))
        font, (face, gap) = self.kit.text.font, face_gap
        row = name_row([c.name for c in people], font, sizes, face, width, gap)
        told = [f"{c.name} \u00b7 {relation_word(c)}" for c in people]
        # "Kayla Brooks · friend" is wider than two faces: a column up to three wide keeps
        # it on one line where the page has the room (the names alone fit in two)
        with_relation = name_row(told, font, sizes, face, width, gap, faces_wide=3)
        if with_relation.height <= row.height:  # who each is, where it takes no more room
            row = with_relation
        self.tags += [" ".join(tag.lines) for tag in row.tags]
        for i, (character, tag) in enumerate(zip(people, row.tags, strict=True)):
            rect = pygame.Rect(row.x_of(i), y, row.width, row.height)
            self.portrait(character, rect, inner, "happy", name=tag)
        return y + row.height + 4

    def on_escape(self) -> bool:
        self.director.level_select()
        return True


def relation_word(character: Character) -> str:
    """Who a close person is to the player, in the Friends tab's word: family, a colleague,
    or a friend (a stranger the player starts as friends with is a friend there too)."""
    return "friend" if character.relation == Relation.STRANGER else character.relation.value


def close_people(characters: tuple[Character, ...]) -> tuple[Character, ...]:
    """Family, and friends the player starts with, in the level's order."""
    return tuple(c for c in characters if c.relation in CLOSE or c.friend)
