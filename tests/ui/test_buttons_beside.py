"""A card's buttons sit on its right, centred beside its text, when the text still keeps 60% of
the card's width; otherwise (large text, many buttons) they go below it as before. Either
way nothing overlaps and nothing leaves the list."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pygame
import pytest
from pygame_gui.elements import UIButton, UITextBox

from game.ui.scenes.card_places import TEXT_SHARE
from game.ui.scenes.cards import Card
from game.ui.scenes.day import DayScene
from tests.ui.drive import all_cards_built, day_one, focus_keys, open_first_day, press

if TYPE_CHECKING:
    from game.ui.app import App


@pytest.fixture
def big_text(levels_dir) -> Iterator[App]:
    from game.ui.app import App
    from game.ui.scenes.flow import start_scenes
    from game.ui.store import Settings

    application = App((1024, 600), Settings(text_scale=200))
    application.director = start_scenes(application, None, None, None)
    application.tick(0.016)
    yield application
    pygame.quit()


def _cards(app: App, day: DayScene, key: int, tab: str) -> list[Card]:
    press(app, key)
    all_cards_built(app)
    return [c for c in day.phones[tab].cards if c.row.buttons and not c.row.heading]


def _parts(card: Card) -> tuple[pygame.Rect, list[pygame.Rect]]:
    text = next(w for w in card.widgets if isinstance(w, UITextBox))
    buttons = [w.get_relative_rect() for w in card.widgets if isinstance(w, UIButton)]
    return text.get_relative_rect(), buttons


def test_buttons_sit_beside_the_text_centred_on_it_on_a_wide_window(app: App) -> None:
    day = open_first_day(app)
    width = day.phones["Shop"].width
    for card in _cards(app, day, pygame.K_1, "Shop"):
        text, buttons = _parts(card)
        assert text.width >= TEXT_SHARE * width
        for button in buttons:
            assert button.left >= text.right and button.right <= width
            assert abs(button.centery - text.centery) <= 1


def test_buttons_go_below_the_text_at_200_percent_text_when_beside_would_squeeze_it(
    big_text: App,
) -> None:
    day = open_first_day(big_text)
    friend = next(c for c in _cards(big_text, day, pygame.K_3, "Friends") if c.row.face == "wei")
    width = day.phones["Friends"].width
    text, buttons = _parts(friend)
    assert all(b.top >= text.bottom for b in buttons)
    assert all(b.right <= width for b in buttons)


@pytest.mark.parametrize("tab", [pygame.K_1, pygame.K_2, pygame.K_3, pygame.K_4])
def test_at_200_percent_text_no_card_s_buttons_overlap_its_text_or_leave_the_list(
    big_text: App, tab: int
) -> None:
    day = open_first_day(big_text)
    name = ("Shop", "Feed", "Friends", "Services")[tab - pygame.K_1]
    for card in _cards(big_text, day, tab, name):
        text, buttons = _parts(card)
        for button in buttons:
            assert not button.colliderect(text)
            assert button.left >= 0 and button.right <= day.phones[name].width
        assert card.y <= min(b.top for b in buttons) and max(b.bottom for b in buttons) <= (
            card.y + card.height
        )


def test_tab_goes_from_one_cards_button_to_the_next_cards_in_list_order(app: App) -> None:
    day = open_first_day(app)
    cards = _cards(app, day, pygame.K_1, "Shop")
    keys = focus_keys(app)
    order = [k for c in cards for k, _, _, _ in c.items]
    assert [k for k in keys if k in order] == order


def _sections(day: DayScene, tab: str) -> list[list[Card]]:
    """The list's cards with buttons, in the sections its headings start."""
    sections: list[list[Card]] = [[]]
    for card in day.phones[tab].cards:
        if card.row.heading:
            sections.append([])
        elif card.row.buttons:
            sections[-1].append(card)
    return [s for s in sections if s]


def test_cards_with_one_or_two_buttons_beside_them_keep_their_text_level_on_the_right(
    game_app: App,
) -> None:
    day = day_one(game_app, "sesame_garden")
    cards = _cards(game_app, day, pygame.K_3, "Friends")
    assert {len(c.row.buttons) for c in cards} >= {1, 2}  # Befriend; Message and Unfriend
    for section in _sections(day, "Friends"):
        assert len({_parts(c)[0].right for c in section}) == 1
    width = day.phones["Friends"].width
    assert all(max(b.right for b in _parts(c)[1]) == width for c in cards)


def test_write_a_post_cards_are_not_narrowed_to_the_posts_like_and_share(game_app: App) -> None:
    """Each section of a list lines its buttons up in a column of its own: a Post button
    is narrower than Like and Share, so the cards to write are wider than the posts."""
    from game.ui.scenes.card_places import BESIDE_GAP

    day = day_one(game_app, "citizen_score_2020")
    _cards(game_app, day, pygame.K_2, "Feed")
    write, posts = _sections(day, "Feed")[:2]
    assert {len(c.row.buttons) for c in write} == {1} and {len(c.row.buttons) for c in posts} == {2}
    post = max(b.width for c in write for b in _parts(c)[1])
    width = day.phones["Feed"].width
    assert all(_parts(c)[0].right == width - post - BESIDE_GAP for c in write)
    assert _parts(write[0])[0].right > _parts(posts[0])[0].right


def test_a_refused_items_card_ends_level_with_the_cards_that_have_a_buy_button(
    game_app: App,
) -> None:
    day = day_one(game_app, "gig_street")
    _cards(game_app, day, pygame.K_1, "Shop")
    shop = [c for c in day.phones["Shop"].cards if not c.row.heading]
    refused = next(c for c in shop if "Nova X Pro" in c.row.markup)
    bought = next(c for c in shop if c.row.buttons)
    assert not refused.row.buttons
    assert _parts(refused)[0].right == _parts(bought)[0].right
