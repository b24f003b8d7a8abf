"""With the day's actions used up, the list says the engine's "no time" once, at its top, and
the cards it closes show their buttons greyed out instead of each repeating the sentence; a
card closed for its own reason keeps its own line."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame
from pygame_gui.elements import UIButton

from game.core.offers import NO_TIME, offers
from game.ui.scenes.day import DayScene
from tests.ui.drive import all_cards_built, day_one, focus_keys, focus_on, open_first_day, press

if TYPE_CHECKING:
    from game.ui.app import App
    from game.ui.scenes.cards import Card


def _spent(app: App, tab: int) -> DayScene:
    """Buy the phone case until no action is left, then show a tab, all of its cards built."""
    day = open_first_day(app)
    press(app, pygame.K_1)
    while day.world.actions_left > 0:
        focus_on(app, "buy phone_case")
        press(app, pygame.K_RETURN)
    press(app, tab)
    all_cards_built(app)
    return day


def _cards(day: DayScene) -> list[Card]:
    return day.phones[day.phone_tab].cards


def _greyed(card: Card) -> list[UIButton]:
    return [w for w in card.widgets if isinstance(w, UIButton) and not w.is_enabled]


def test_the_services_list_says_no_time_once_at_its_top_in_the_engines_words(app: App) -> None:
    day = _spent(app, pygame.K_4)
    refused = {o.refusal for o in offers(day.world) if o.action.verb == "apply"}
    assert NO_TIME in refused
    markups = [c.row.markup for c in _cards(day)]
    assert NO_TIME in markups[0]
    assert sum(NO_TIME in m for m in markups) == 1, markups


def test_a_service_closed_for_the_day_shows_its_button_greyed_out_and_out_of_focus(
    app: App,
) -> None:
    day = _spent(app, pygame.K_4)
    train = next(c for c in _cards(day) if "Train to Grandma" in c.row.markup)
    assert "Available" not in train.row.markup and "can't apply" not in train.row.markup
    assert [b.text for b in _greyed(train)] == ["Apply"]
    assert not any(k.startswith("apply ") for k in focus_keys(app))


def test_a_service_refused_for_its_own_reason_keeps_its_line_and_no_button(app: App) -> None:
    day = _spent(app, pygame.K_4)
    loan = next(c for c in _cards(day) if "Small loan" in c.row.markup)
    assert "Loan refused." in loan.row.markup
    assert not _greyed(loan)


def test_the_shop_says_no_time_once_and_greys_out_its_buy_buttons(app: App) -> None:
    day = _spent(app, pygame.K_1)
    cards = _cards(day)
    assert NO_TIME in cards[0].row.markup
    case = next(c for c in cards if "Phone case" in c.row.markup)
    assert NO_TIME not in case.row.markup
    assert [b.text for b in _greyed(case)] == ["Buy"]


def test_with_actions_left_no_list_says_no_time_and_no_button_is_greyed_out(app: App) -> None:
    day = open_first_day(app)
    press(app, pygame.K_4, frames=60)
    assert not any(NO_TIME in c.row.markup for c in _cards(day))
    assert not any(_greyed(c) for c in _cards(day))


def test_the_last_action_of_the_day_far_down_a_list_brings_its_no_time_line_into_view(
    small_big_text: App,
) -> None:
    app = small_big_text
    day = day_one(app, "citizen_score_2020")
    press(app, pygame.K_3, frames=60)  # Friends, built whole
    while day.world.actions_left > 0:
        last = [k for k in focus_keys(app) if k.startswith(("befriend ", "message "))][-1]
        focus_on(app, last)
        press(app, pygame.K_RETURN, frames=3)
        while app.top.name != "day":
            press(app, pygame.K_ESCAPE)
    for _ in range(5):
        app.tick(0.016)
    box = day.phone_box
    assert box is not None
    offset = -box.get_container().get_relative_rect().top
    notice = _cards(day)[0]
    assert NO_TIME in notice.row.markup
    assert notice.y >= offset, (notice.y, offset)
