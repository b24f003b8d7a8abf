"""A new day starts on the tab's first card with a button, never on "End the day": also with
a small window and large text, where the cards in view at first may have no button, and on a
tab with no buttons at all (the Score tab), where it starts on the tab itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import day_one, pay_the_lists_judgment, press, to_the_next_morning

if TYPE_CHECKING:
    from game.ui.app import App


def test_a_morning_whose_first_cards_have_no_button_starts_on_a_card_not_on_end_the_day(
    small_big_text: App,
) -> None:
    app = small_big_text
    day_one(app, "the_list")
    pay_the_lists_judgment(app)  # pay the judgment: Mum's operation is out of reach
    to_the_next_morning(app)
    day = app.top
    assert day.name == "day" and day.world.day == 2 and day.world.actions_left > 0
    assert day.focus.current_key() == "apply high_speed_train"


def test_a_morning_on_a_tab_with_no_buttons_starts_on_that_tab_not_on_end_the_day(
    game_app: App,
) -> None:
    app = game_app
    day_one(app, "red_list_black_list")
    press(app, pygame.K_5, frames=10)  # Score: no card there has a button
    to_the_next_morning(app)
    day = app.top
    assert day.name == "day" and day.world.day == 2 and day.world.actions_left > 0
    assert day.focus.current_key() == "tab:Score"
