"""Never lose a click or a day: after an action the list keeps its place and the focus its
card, ending a day early asks first, and every action is saved as it happens."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pygame
import pygame_gui
import pytest

from game.core import events as ev
from game.ui.scenes.day import DayScene
from tests.ui.drive import (
    all_cards_built,
    button,
    click,
    end_the_day,
    focus_keys,
    focus_on,
    open_first_day,
    press,
)

if TYPE_CHECKING:
    from game.ui.app import App

SHIPPED = Path(__file__).parents[2] / "levels"


@pytest.fixture
def sesame(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[App]:
    """The tutorial level (a long shop and feed) in the real app at 1280x720."""
    folder = tmp_path / "levels"
    folder.mkdir()
    shutil.copy(SHIPPED / "sesame_garden.yaml", folder)
    monkeypatch.setenv("CITIZEN_SCORE_LEVELS", str(folder))
    from game.ui.app import App
    from game.ui.scenes.flow import start_scenes

    app = App((1280, 720))
    app.director = start_scenes(app, None, None, None)
    app.tick(0.016)
    yield app
    pygame.quit()


def _day(app: App) -> DayScene:
    day = open_first_day(app, answer=pygame.K_RETURN)
    all_cards_built(app)
    return day


def _offset(day: DayScene) -> int:
    return day._phone_offset()


def test_after_a_purchase_deep_in_the_shop_the_list_stays_where_it_was(sesame: App) -> None:
    day = _day(sesame)
    buys = [k for k in focus_keys(sesame) if k.startswith("buy ")]
    focus_on(sesame, buys[-1])
    before = _offset(day)
    assert before > 0, "the last item should need scrolling at 1280x720"
    press(sesame, pygame.K_RETURN)
    assert day.session.actions, "the purchase was made"
    assert abs(_offset(day) - before) <= 2


def test_after_an_action_the_focus_stays_on_the_same_card(sesame: App) -> None:
    day = _day(sesame)
    buys = [k for k in focus_keys(sesame) if k.startswith("buy ")]
    target = next(k for k in buys if not day.session.level.items[k.split()[1]].once)
    focus_on(sesame, target)
    press(sesame, pygame.K_RETURN)
    assert sesame.top.focus.current_key() == target


def test_when_the_card_is_gone_the_focus_moves_to_the_next_one(sesame: App) -> None:
    day = _day(sesame)
    press(sesame, pygame.K_2)  # Feed: a post disappears once published
    posts = [k for k in focus_keys(sesame) if k.startswith("post ")]
    focus_on(sesame, posts[0])
    press(sesame, pygame.K_RETURN)
    assert day.session.world.posted
    assert sesame.top.focus.current_key() == posts[1]


def test_ending_a_day_with_actions_left_asks_first(sesame: App) -> None:
    _day(sesame)
    focus_on(sesame, "End the day")
    press(sesame, pygame.K_RETURN)
    assert sesame.top.name == "confirm"
    press(sesame, pygame.K_RETURN)  # the safe answer is focused: keep playing
    assert sesame.top.name == "day" and sesame.top.session.world.day == 1


def test_ending_a_day_with_no_actions_left_asks_nothing(sesame: App) -> None:
    day = _day(sesame)
    while day.session.world.actions_left:
        buy = next(k for k in focus_keys(sesame) if k.startswith("buy "))
        click(sesame, button(sesame, buy))
    click(sesame, button(sesame, "End the day"))
    assert sesame.top.name == "evening"


def test_a_new_day_starts_with_the_focus_on_a_card_not_on_end_the_day(sesame: App) -> None:
    _day(sesame)
    end_the_day(sesame)
    press(sesame, pygame.K_RETURN)  # evening: Continue
    while sesame.top.name == "prompt":
        press(sesame, pygame.K_RETURN)
    assert sesame.top.session.world.day == 2
    key = sesame.top.focus.current_key()
    assert key not in (None, "End the day") and not key.startswith("tab:")


def test_closing_the_window_mid_day_loses_no_action_and_the_title_offers_to_continue(
    sesame: App,
) -> None:
    day = _day(sesame)
    buy = next(k for k in focus_keys(sesame) if k.startswith("buy "))
    click(sesame, button(sesame, buy))
    kept = list(day.session.actions)
    world = day.session.world
    pygame.event.post(pygame.event.Event(pygame.QUIT))
    sesame.tick(0.016)

    from game.ui.app import App
    from game.ui.scenes.flow import start_scenes

    again = App((1280, 720))
    again.director = start_scenes(again, None, None, None)
    again.tick(0.016)
    label = f"Continue: {world.level.spec.meta.title}, day 1"
    assert label in focus_keys(again)
    click(again, button(again, label))
    for _ in range(500):  # the save is replayed a slice per frame: slower on a busy machine
        if again.top.name != "resume":
            break
        again.tick(0.016)
    while again.top.name == "prompt":
        press(again, pygame.K_RETURN)
    assert again.top.name == "day"
    resumed = again.top.session
    assert resumed.actions == kept
    assert (resumed.world.money, resumed.world.score, resumed.world.actions_left) == (
        world.money,
        world.score,
        world.actions_left,
    )


def test_befriending_someone_shows_one_toast_not_two(sesame: App) -> None:
    day = _day(sesame)
    press(sesame, pygame.K_3)  # Friends
    befriend = next(k for k in focus_keys(sesame) if k.startswith("befriend "))
    focus_on(sesame, befriend)
    day.toasts.clear()
    press(sesame, pygame.K_RETURN)
    assert any(isinstance(e, ev.FriendAdded) for e in day.session.events)
    name = day.session.level.characters[befriend.split()[1]].name
    assert sum(name in t.text for t in day.toasts) == 1


def _score_markup(app: App) -> str:
    from game.ui.scenes.tabs import rows_for

    return " ".join(r.markup for r in rows_for("Score", app.top.session.world))


def test_the_score_tab_shows_every_perk_with_its_evidence_label_and_caveat(sesame: App) -> None:
    _day(sesame)
    text = _score_markup(sesame)
    from html import escape

    for perk in sesame.top.session.level.spec.perks:
        assert escape(perk.label) in text
        if perk.description:
            assert escape(perk.description) in text
    assert "[Game abstraction]" in text or "[Documented]" in text or "[Reported]" in text


def test_tier_icons_are_drawn_as_glyphs_not_printed_as_names(sesame: App) -> None:
    _day(sesame)
    text = _score_markup(sesame)
    for tier in sesame.top.session.level.tiers:
        assert f"[{tier.icon}]" not in text and f"({tier.icon})" not in text


def test_someone_you_befriended_is_no_longer_called_a_stranger(sesame: App) -> None:
    from game.ui.scenes.tabs import rows_for

    day = _day(sesame)
    level = day.session.level
    stranger = next(c for c in level.spec.characters if c.relation == "stranger" and not c.friend)
    day.act(ev_action("befriend", stranger.id))
    card = next(r.markup for r in rows_for("Friends", day.session.world) if r.face == stranger.id)
    assert "stranger" not in card and "friend" in card


def ev_action(verb: str, target: str):
    from game.core.actions import Action

    return Action(verb, target)


def test_a_friend_you_cut_is_called_a_friend_not_on_your_list(sesame: App) -> None:
    from game.ui.scenes.tabs import rows_for

    day = _day(sesame)
    level = day.session.level
    friend = next(c for c in level.spec.characters if c.relation == "friend" and c.friend)
    day.act(ev_action("unfriend", friend.id))
    card = next(r.markup for r in rows_for("Friends", day.session.world) if r.face == friend.id)
    assert "friend, not on your list" in card


def test_pygame_gui_hover_notices_and_old_style_events_never_reach_the_scenes(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[int] = []
    scene = app.top
    handle = scene.handle_event
    monkeypatch.setattr(scene, "handle_event", lambda e: seen.append(e.type) or handle(e))
    for kind in (pygame_gui.UI_BUTTON_ON_HOVERED, pygame_gui.UI_BUTTON_ON_UNHOVERED):
        pygame.event.post(pygame.event.Event(kind, ui_element=None))
    pygame.event.post(pygame.event.Event(pygame.USEREVENT, user_type="old"))
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_DOWN, mod=0, unicode=""))
    app.tick(0.016)
    assert seen == [pygame.KEYDOWN]


def _cut_with_enter_twice(app: App) -> DayScene:
    """Friends tab, focus on the first Unfriend, then Enter pressed twice (a double press)."""
    day = _day(app)
    press(app, pygame.K_3)
    focus_on(app, next(k for k in focus_keys(app) if k.startswith("unfriend ")))
    press(app, pygame.K_RETURN)
    press(app, pygame.K_RETURN)
    return day


def test_enter_pressed_twice_on_unfriend_cuts_one_friend_not_two(sesame: App) -> None:
    day = _cut_with_enter_twice(sesame)
    cut = [
        e.character
        for e in day.session.events
        if isinstance(e, ev.FriendLost) and e.reason == ev.REMOVED_BY_PLAYER
    ]
    assert len(cut) == 1 and cut[0] not in day.session.world.friends


def test_after_cutting_a_friend_the_focus_is_on_the_tab_where_enter_does_nothing(
    sesame: App,
) -> None:
    day = _day(sesame)
    press(sesame, pygame.K_3)
    target = next(k for k in focus_keys(sesame) if k.startswith("unfriend "))
    focus_on(sesame, target)
    press(sesame, pygame.K_RETURN)
    assert target.split()[1] not in day.session.world.friends
    assert sesame.top.focus.current_key() == "tab:Friends"
