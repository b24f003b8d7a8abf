"""A tab switch rebuilds only the phone: the top bar and left panel keep their widgets, and
keyboard focus order and focus stay as a full rebuild would leave them."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.ui.scenes.day import DayScene
from game.ui.scenes.tabs import TABS
from tests.ui.drive import all_cards_built, focus_keys, focus_on, open_first_day, press

if TYPE_CHECKING:
    from game.ui.app import App


def _day(app: App) -> DayScene:
    return open_first_day(app)


def _split(day: DayScene) -> tuple[list, list]:
    assert day.phone_mark is not None
    return day.widgets[: day.phone_mark[0]], day.widgets[day.phone_mark[0] :]


def test_a_tab_switch_keeps_the_left_panel_widgets_and_replaces_the_phone(app: App) -> None:
    day = _day(app)
    left, phone = _split(day)
    press(app, pygame.K_2)
    left_after, phone_after = _split(day)
    assert day.tab == "Feed"
    assert [id(e) for e in left_after] == [id(e) for e in left]
    assert all(e.alive() for e in left_after)
    assert phone_after and not {id(e) for e in phone_after} & {id(e) for e in phone}
    assert all(e.alive() and e.visible for e in phone_after)
    assert not any(e.alive() and e.visible for e in phone)


def test_focus_order_after_a_tab_switch_is_the_order_of_a_full_rebuild(app: App) -> None:
    day = _day(app)
    for key in (pygame.K_5, pygame.K_3, pygame.K_1, pygame.K_3):
        press(app, key)
        all_cards_built(app)
        partial = focus_keys(app)
        day.dirty = True
        app.tick(0.016)
        all_cards_built(app)
        assert focus_keys(app) == partial


def test_every_card_of_a_tab_is_built_in_order_whatever_its_length(app: App) -> None:
    day = _day(app)
    app.kit.settings.text_scale = 200  # large text: the ledger is longer than one screen
    app.resize((1024, 600))
    press(app, pygame.K_5, frames=1)
    assert "Score" in day.card_jobs
    all_cards_built(app)
    rows = day._phone_rows("Score")
    cards = [f"{i}:{action}" for i, row in enumerate(rows) for _, action in row.buttons]
    assert len(rows) > 1
    assert focus_keys(app)[-len(cards) - len(TABS) :] == [f"tab:{t}" for t in TABS] + cards


def test_focus_on_a_tab_button_stays_on_it_after_pressing_it(app: App) -> None:
    _day(app)
    focus_on(app, "tab:Friends")
    press(app, pygame.K_RETURN)
    assert app.top is not None and app.top.focus.current_key() == "tab:Friends"
    keys = focus_keys(app)
    press(app, pygame.K_TAB, frames=1)
    assert app.top.focus.current_key() == keys[keys.index("tab:Friends") + 1]


def test_focus_in_the_left_panel_stays_there_across_tab_switches(app: App) -> None:
    _day(app)
    focus_on(app, "tab:Score")
    press(app, pygame.K_RETURN)  # the phone is rebuilt with focus on this tab button
    focus_on(app, "End the day")
    for key in (pygame.K_5, pygame.K_2):
        press(app, key)
        assert app.top is not None and app.top.focus.current_key() == "End the day"


def test_going_back_to_a_tab_shows_the_same_cards_without_building_them(app: App) -> None:
    day = _day(app)
    _, shop = _split(day)
    press(app, pygame.K_2)
    press(app, pygame.K_1)
    _, shop_again = _split(day)
    assert [id(e) for e in shop_again] == [id(e) for e in shop]
    assert all(e.alive() and e.visible for e in shop_again)


def test_an_action_builds_every_tab_anew_from_the_changed_world(app: App) -> None:
    day = _day(app)
    press(app, pygame.K_2)
    _, feed = _split(day)
    press(app, pygame.K_1)
    focus_on(app, next(k for k in focus_keys(app) if k.endswith("buy diapers")))
    press(app, pygame.K_RETURN)
    press(app, pygame.K_2)
    _, feed_after = _split(day)
    assert not {id(e) for e in feed_after} & {id(e) for e in feed}
    assert not any(e.alive() for e in feed)


def test_a_tab_left_before_its_cards_are_all_built_finishes_them_when_shown_again(
    app: App,
) -> None:
    day = _day(app)
    app.kit.settings.text_scale = 200
    app.resize((1024, 600))
    press(app, pygame.K_5, frames=1)
    assert "Score" in day.card_jobs
    press(app, pygame.K_1, frames=1)
    press(app, pygame.K_5, frames=1)
    all_cards_built(app)
    resumed = focus_keys(app)
    day.dirty = True
    app.tick(0.016)
    all_cards_built(app)
    assert focus_keys(app) == resumed


def test_shift_tab_from_the_first_button_reaches_the_last_card_after_a_switch(app: App) -> None:
    _day(app)
    press(app, pygame.K_2)
    all_cards_built(app)
    first = focus_keys(app)[0]
    focus_on(app, first)
    press(app, pygame.K_TAB, mod=pygame.KMOD_SHIFT, frames=1)
    assert app.top is not None and app.top.focus.current_key() == focus_keys(app)[-1]
    assert focus_keys(app)[-1] not in ("tab:Feed", "End the day")


def test_the_rest_of_a_long_tab_comes_a_widget_at_a_time_and_settles_in_a_later_frame(
    app: App,
) -> None:
    day = _day(app)
    app.kit.settings.text_scale = 200  # large text: the ledger is longer than one screen
    app.resize((1024, 600))
    press(app, pygame.K_5, frames=1)
    cards = day.phones["Score"]
    before, steps = cards.built, 0
    while len(cards.cards) < len(cards.rows):
        cards.grow(10_000, budget_s=0.0)  # the least a frame does: one widget
        steps += 1
    assert cards.built > before
    assert steps > cards.built - before  # a card took more than one step
    assert not cards.done  # sizing the scrolling area waits for a step of its own
    cards.grow(10_000, budget_s=0.0)
    assert cards.done


def test_the_score_tab_shows_why_the_score_moved_before_the_tiers_and_perks(app: App) -> None:
    day = _day(app)
    press(app, pygame.K_1)
    focus_on(app, next(k for k in focus_keys(app) if k.endswith("buy diapers")))
    press(app, pygame.K_RETURN)
    press(app, pygame.K_5)
    all_cards_built(app)
    shown = [row.markup for row in day.phones["Score"].rows]
    name = day.session.level.spec.score.name
    assert shown[1] == f"<b>Why your {name} moved</b> (newest first)"
    ledger = next(i for i, m in enumerate(shown) if "Diapers" in m or "diapers" in m)
    tiers = next(i for i, m in enumerate(shown) if "<b>Tiers</b>" in m)
    assert ledger < tiers


def test_a_number_key_pressed_on_a_card_moves_focus_to_the_new_tab_not_nowhere(app: App) -> None:
    _day(app)
    focus_on(app, next(k for k in focus_keys(app) if k.endswith("buy diapers")))
    press(app, pygame.K_2)
    assert app.top is not None and app.top.focus.current_key() == "tab:Feed"


def test_a_number_key_pressed_on_a_tab_button_moves_focus_to_the_chosen_tab(app: App) -> None:
    _day(app)
    focus_on(app, "tab:Services")
    press(app, pygame.K_5)
    assert app.top is not None and app.top.focus.current_key() == "tab:Score"
    press(app, pygame.K_RETURN)  # Enter on the focused tab keeps the chosen tab shown
    assert app.top.tab == "Score"


def test_down_on_a_tab_button_goes_to_the_tabs_first_card_and_up_comes_back(app: App) -> None:
    _day(app)
    press(app, pygame.K_4)
    all_cards_built(app)
    focus_on(app, "tab:Services")
    keys = focus_keys(app)
    first_card = keys[keys.index("tab:Score") + 1]
    press(app, pygame.K_DOWN)
    assert app.top.focus.current_key() == first_card
    press(app, pygame.K_UP)
    assert app.top.focus.current_key() == "tab:Services"


def test_up_and_down_elsewhere_in_the_list_still_step_one_button(app: App) -> None:
    _day(app)
    press(app, pygame.K_1)
    all_cards_built(app)
    keys = focus_keys(app)
    second = keys[keys.index("tab:Score") + 2]
    focus_on(app, second)
    press(app, pygame.K_DOWN)
    assert app.top.focus.current_key() == keys[keys.index(second) + 1]
    press(app, pygame.K_UP)
    press(app, pygame.K_UP)
    assert app.top.focus.current_key() == keys[keys.index(second) - 1]
