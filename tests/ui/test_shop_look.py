"""The shop reads like a store: each item has a drawn picture beside it and its price on a tag,
a perk's or surcharge's note beside the price, and a refused item keeps the engine's words."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pygame
import yaml
from pygame_gui.elements import UIImage, UITextBox

from game.core.money import money_text
from game.ui.pictures import DRAWINGS, item_picture, service_picture
from game.ui.scenes.cards import Card
from game.ui.scenes.day import DayScene
from game.ui.scenes.tabs import PRICE_TAG, chip
from tests.ui.drive import all_cards_built, day_one, focus_on, open_first_day, press

if TYPE_CHECKING:
    from game.ui.app import App

LEVELS = Path(__file__).parents[2] / "levels"


def _shop_cards(app: App, day: DayScene) -> list[Card]:
    press(app, pygame.K_1)
    all_cards_built(app)
    return [c for c in day.phones["Shop"].cards if not c.row.heading]


def test_a_shop_card_shows_an_item_picture_beside_its_text(app: App) -> None:
    day = open_first_day(app)
    card = _shop_cards(app, day)[0]
    picture, text = card.widgets[0], card.widgets[1]
    assert isinstance(picture, UIImage) and isinstance(text, UITextBox)
    left, right = picture.get_relative_rect(), text.get_relative_rect()
    assert left.right <= right.left
    assert abs(left.centery - right.centery) <= 1


def test_every_shipped_shop_item_gets_a_picture_of_what_it_is_not_the_plain_bag() -> None:
    for path in sorted(LEVELS.glob("*.yaml")):
        for item in yaml.safe_load(path.read_text(encoding="utf-8")).get("items", []):
            kind = item_picture(item["id"], item["label"], item.get("tags", []))
            assert kind in DRAWINGS and kind != "bag", (path.stem, item["id"])


def test_an_item_nothing_names_gets_the_shopping_bag() -> None:
    assert item_picture("zq", "Zq", ["xy"]) == "bag"


def test_every_shipped_service_gets_a_picture_that_is_drawn() -> None:
    for path in sorted(LEVELS.glob("*.yaml")):
        for s in yaml.safe_load(path.read_text(encoding="utf-8")).get("services", []):
            assert service_picture(s["id"], s["label"], s["category"]) in DRAWINGS


def test_a_shop_price_sits_on_a_price_tag(app: App) -> None:
    day = open_first_day(app)
    markup = _shop_cards(app, day)[0].row.markup
    assert "Diapers" in markup
    assert chip(money_text(40), PRICE_TAG) in markup


def test_a_changed_price_keeps_its_note_beside_the_tag(app: App) -> None:
    day = open_first_day(app)
    focus_on(app, "buy diapers")
    press(app, pygame.K_RETURN)
    case = next(c for c in _shop_cards(app, day) if "Phone case" in c.row.markup)
    assert chip("25", PRICE_TAG) + " <i>(device-based price)</i>" in case.row.markup


def test_a_refused_item_keeps_its_picture_and_the_engines_refusal_words(game_app: App) -> None:
    day = day_one(game_app, "gig_street")
    phone = next(c for c in _shop_cards(game_app, day) if "Nova X Pro" in c.row.markup)
    assert "<i>Nova X Pro phone (trade-in deal) costs 220; you have 140.</i>" in phone.row.markup
    assert phone.row.buttons == ()
    assert isinstance(phone.widgets[0], UIImage)


def test_a_service_card_shows_the_picture_of_what_it_offers_beside_its_text(
    game_app: App,
) -> None:
    day = day_one(game_app, "sesame_garden")
    press(game_app, pygame.K_4)
    all_cards_built(game_app)
    cards = [c for c in day.phones["Services"].cards if not c.row.heading]
    bike = next(c for c in cards if "Rent a shared bike" in c.row.markup)
    visa = next(c for c in cards if "Singapore visa with bank statements" in c.row.markup)
    assert (bike.row.picture, visa.row.picture) == ("bike", "passport")
    picture, text = bike.widgets[0], bike.widgets[1]
    assert isinstance(picture, UIImage) and isinstance(text, UITextBox)
    assert picture.get_relative_rect().right <= text.get_relative_rect().left
