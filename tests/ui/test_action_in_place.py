"""An action updates the day screen in place: cards whose rows did not change keep their
widgets, the changed ones show the new state, and an open question is offered once, by a
button that does not repeat its title."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

import pygame
from pygame_gui.elements import UITextBox

from game.ui.scenes.day import DayScene
from tests.ui.drive import focus_keys, focus_on, open_first_day, press

if TYPE_CHECKING:
    from game.ui.app import App


def _day(app: App) -> DayScene:
    return open_first_day(app)


def _cards(day: DayScene) -> dict[str, list]:
    phone = day.phones[day.phone_tab]
    return {row.markup: card.widgets for row, card in zip(phone.rows, phone.cards, strict=False)}


def _texts(day: DayScene) -> list[str]:
    assert day.left is not None
    boxes = [w for card in day.left.cards for w in card.widgets]
    boxes += [w for card in day.phones[day.phone_tab].cards for w in card.widgets]
    return [w.html_text for w in boxes if isinstance(w, UITextBox) and w.alive()]


def _buy(app: App) -> str:
    key = next(k for k in focus_keys(app) if k.startswith("buy "))
    focus_on(app, key)
    press(app, pygame.K_RETURN)
    return key


def test_a_purchase_keeps_the_widgets_of_the_cards_it_did_not_change(app: App) -> None:
    day = _day(app)
    before = _cards(day)
    _buy(app)
    after = _cards(day)
    kept = [markup for markup in after if markup in before]
    assert day.session.actions and kept
    for markup in kept:
        assert [id(w) for w in after[markup]] == [id(w) for w in before[markup]]
        assert all(w.alive() for w in after[markup])


def test_the_card_a_purchase_changed_is_built_anew_with_the_new_state(app: App) -> None:
    day = _day(app)
    before = _cards(day)
    key = _buy(app)
    item = day.session.level.items[key.split()[1]]
    shown = [m for m in _cards(day) if item.label in m]
    assert shown and all(m not in before for m in shown)
    assert any("you own 1" in m for m in shown)
    gone = [w for m, ws in before.items() if m not in _cards(day) for w in ws]
    assert gone and not any(w.alive() for w in gone)


def _news_lines(day: DayScene) -> list:
    assert day.left is not None
    news = {row.markup for row in day._news_rows()[1:]}
    return [c for c in day.left.cards if c.row.plain and c.row.markup in news]


def test_after_an_action_the_news_adds_lines_and_earlier_lines_keep_their_widgets(
    app: App,
) -> None:
    day = _day(app)
    _buy(app)
    earlier = _news_lines(day)
    _buy(app)
    lines = _news_lines(day)
    assert len(lines) > len(earlier) > 0
    assert [c.widgets for c in lines[: len(earlier)]] == [c.widgets for c in earlier]
    assert html.escape(day.log[-1]) in lines[-1].row.markup
    assert all(w.alive() for c in lines for w in c.widgets)


def test_the_status_line_shows_the_money_after_a_purchase(app: App) -> None:
    day = _day(app)
    _buy(app)
    assert day.status is not None
    assert f"Money {day.world.money} " in day.status[0].html_text


def test_an_open_question_is_offered_by_one_button_without_repeating_its_title(
    app: App,
) -> None:
    day = _day(app)
    assert day.world.open_prompts
    title = day.session.level.prompts[day.world.open_prompts[0]].title
    assert not any(title in text for text in _texts(day))
    label = f"Answer the open question ({len(day.world.open_prompts)})"
    assert label in [e.text for _, e, _ in app.top.focus.items]
    focus_on(app, f"answer {day.world.open_prompts[0]}")
    press(app, pygame.K_RETURN)
    assert app.top is not None and app.top.name == "prompt"


def test_answering_the_open_question_removes_its_button(app: App) -> None:
    day = _day(app)
    focus_on(app, f"answer {day.world.open_prompts[0]}")
    press(app, pygame.K_RETURN)
    press(app, pygame.K_RETURN)  # the ticked answer is focused
    assert app.top is day and not day.world.open_prompts
    assert not any(k.startswith("answer ") for k in focus_keys(app))


def test_closing_the_pause_menu_keeps_every_widget_of_the_day(app: App) -> None:
    day = _day(app)
    widgets = [id(w) for w in day.widgets]
    cards = {m: [id(w) for w in ws] for m, ws in _cards(day).items()}
    press(app, pygame.K_ESCAPE)
    assert app.top is not None and app.top.name == "pause"
    press(app, pygame.K_ESCAPE)
    assert app.top is day
    assert [id(w) for w in day.widgets] == widgets
    assert {m: [id(w) for w in ws] for m, ws in _cards(day).items()} == cards


def test_the_phone_shows_an_action_in_its_frame_and_the_left_panel_in_the_next(
    app: App,
) -> None:
    day = _day(app)
    key = next(k for k in focus_keys(app) if k.startswith("buy "))
    focus_on(app, key)
    press(app, pygame.K_RETURN, frames=1)
    assert any("you own 1" in m for m in _cards(day))
    assert day.status is not None and f"Money {day.world.money} " in day.status[0].html_text
    assert not _news_lines(day)
    app.tick(0.016)
    assert html.escape(day.log[-1]) in _news_lines(day)[-1].row.markup


def test_a_focused_button_on_a_card_with_an_evidence_label_shows_what_it_means(
    app: App,
) -> None:
    _day(app)
    press(app, pygame.K_4)  # Services: every card carries its evidence label
    focus_on(app, next(k for k in focus_keys(app) if k.startswith("apply ")))
    app.tick(0.016)
    assert app.tip.key is not None
