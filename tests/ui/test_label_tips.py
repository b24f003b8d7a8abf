"""Evidence labels explain themselves where the player meets them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pygame
import pytest
from pygame_gui.elements import UITextBox

from game.core.content.loader import load_level
from game.ui.label_tips import labels_in, linkify, tip_text, wrap
from game.ui.present import EVIDENCE_MEANINGS
from tests.ui.drive import FRAME, focus_on

if TYPE_CHECKING:
    from game.ui.app import App


def test_a_label_in_markup_becomes_a_link_named_for_its_evidence():
    out = linkify("<b>Bikes</b> <i>[Reported]</i>")
    assert "<a href='evidence:reported'>[Reported]</a>" in out


def test_text_without_labels_is_left_as_it_is():
    assert linkify("[not a label] plain") == "[not a label] plain"


def test_labels_in_lists_each_evidence_once_in_order():
    assert labels_in("[Claimed] x [Documented] y [Claimed]") == ["claimed", "documented"]


def test_a_tip_reads_the_label_and_its_plain_meaning():
    assert tip_text("game") == f"Game abstraction: {EVIDENCE_MEANINGS['game']}"


def test_wrapped_tip_lines_fit_their_width():
    pygame.font.init()
    font = pygame.font.Font(None, 20)
    lines = wrap(tip_text("reported") + " Supercalifragilisticexpialidocious" * 3, font, 120)
    assert all(font.size(line)[0] <= 120 for line in lines)


def _services(app: App) -> None:
    level = load_level(Path("levels/sesame_garden.yaml")).level
    assert level is not None
    app.director.new_game(level)
    app.tick(FRAME)
    app.director.play(app.top.session)
    while app.top.name != "day":
        app.pop()
    app.top.show_tab("Services")
    for _ in range(3):
        app.tick(FRAME)


def _hover_first_label(app: App) -> None:
    box = next(
        b
        for b in app.kit.manager.get_sprite_group().sprites()
        if isinstance(b, UITextBox) and b.visible and b.link_hover_chunks
    )
    chunk = box.link_hover_chunks[0]
    rect = box.get_abs_rect()
    pos = (rect.x + 12 + chunk.x + chunk.width // 2, rect.y + 10 + chunk.y + chunk.height // 2)
    pygame.mouse.set_pos(pos)
    pygame.event.post(
        pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0))
    )
    for _ in range(2):
        app.tick(FRAME)


@pytest.mark.usefixtures("levels_dir")
def test_hovering_a_service_card_label_shows_what_it_means(app: App):
    _services(app)
    _hover_first_label(app)
    assert app.tip.key == "reported"


@pytest.mark.usefixtures("levels_dir")
def test_the_tip_goes_when_the_mouse_leaves_the_label(app: App):
    _services(app)
    _hover_first_label(app)
    pygame.mouse.set_pos((5, 700))
    pygame.event.post(
        pygame.event.Event(pygame.MOUSEMOTION, pos=(5, 700), rel=(0, 0), buttons=(0, 0, 0))
    )
    for _ in range(2):
        app.tick(FRAME)
    assert app.tip.key is None


def _card_rect(card) -> pygame.Rect:
    rects = [w.get_abs_rect() for w in card.widgets]
    return rects[0].unionall(rects[1:])


@pytest.mark.usefixtures("levels_dir")
def test_a_focused_card_s_tip_never_covers_that_card_or_its_button(app: App):
    _services(app)
    while app.top.name != "day":  # the opening question is left for later
        app.pop()
        app.tick(FRAME)
    cards = app.top.phones["Services"].cards
    index = next(i for i, c in enumerate(cards[:-1]) if c.items and labels_in(c.row.markup))
    focus_on(app, cards[index].items[0][0])
    app.tick(FRAME)
    assert app.tip.key is not None
    tip = app.tip.rect(app.kit, app.screen.get_size())
    assert not tip.colliderect(_card_rect(cards[index]))
    assert not tip.colliderect(cards[index].items[0][1].get_abs_rect())
