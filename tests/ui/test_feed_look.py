"""Posts look like posts: the player's avatar beside what they may write, the tone on a
coloured tag (not an italic "(critical)"), friends' posts beside their author's face."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pygame
import yaml
from pygame_gui.elements import UIImage, UITextBox

from game.ui.scenes.cards import Card
from game.ui.scenes.day import DayScene
from game.ui.scenes.tabs import PLAYER_PICTURE, TONES, tone_tag
from tests.ui.drive import all_cards_built, focus_on, open_first_day, press
from tests.ui.test_theme import contrast

if TYPE_CHECKING:
    from game.ui.app import App

LEVELS = Path(__file__).parents[2] / "levels"


def _feed_cards(app: App, day: DayScene) -> list[Card]:
    press(app, pygame.K_2)
    all_cards_built(app)
    return [c for c in day.phones["Feed"].cards if not c.row.heading]


def test_a_post_to_write_shows_the_players_avatar_beside_its_text(app: App) -> None:
    day = open_first_day(app)
    card = _feed_cards(app, day)[0]
    assert card.row.picture == PLAYER_PICTURE
    picture, text = card.widgets[0], card.widgets[1]
    assert isinstance(picture, UIImage) and isinstance(text, UITextBox)
    assert picture.get_relative_rect().right <= text.get_relative_rect().left


def test_a_tone_tag_names_the_posts_tone_instead_of_an_italic_word(app: App) -> None:
    day = open_first_day(app)
    cards = _feed_cards(app, day)
    praise = next(c for c in cards if "The economy is booming!" in c.row.markup)
    assert praise.row.markup.startswith(tone_tag("patriotic"))
    assert (
        TONES["patriotic"] in praise.row.markup and ">\u00a0patriotic\u00a0<" in praise.row.markup
    )
    assert "<i>(patriotic)</i>" not in praise.row.markup


def test_a_written_post_keeps_its_tone_tag_and_the_avatar_under_your_posts(app: App) -> None:
    day = open_first_day(app)
    _feed_cards(app, day)
    focus_on(app, "post cat")
    press(app, pygame.K_RETURN)
    mine = next(c for c in _feed_cards(app, day) if "Look at my cat." in c.row.markup)
    assert mine.row.buttons == () and mine.row.picture == PLAYER_PICTURE
    assert mine.row.markup.startswith(tone_tag("personal"))


def test_a_friends_post_keeps_its_authors_face(app: App) -> None:
    day = open_first_day(app)
    rant = next(c for c in _feed_cards(app, day) if "Prices are up again." in c.row.markup)
    assert rant.row.face == "wei" and rant.row.picture is None


def test_every_shipped_tone_has_a_colour_whose_tag_text_reads_at_aa_contrast() -> None:
    tones = {
        post["tone"]
        for path in LEVELS.glob("*.yaml")
        for post in yaml.safe_load(path.read_text(encoding="utf-8")).get("posts", [])
    }
    assert tones <= set(TONES)
    assert len(set(TONES.values())) == len(TONES)
    assert all(contrast(colour, "#ffffff") >= 4.5 for colour in TONES.values())
