"""A post written today keeps its card in the "Write a post" list, said done, with no
button, until the next morning: when the card vanished, the next post's button moved under
the pointer, where the player's next click landed."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import button, click, day_one, focus_keys, press, to_the_next_morning

if TYPE_CHECKING:
    from game.ui.app import App
    from game.ui.scenes.cards import Card


def _feed(app: App) -> list[str]:
    """The List's first day on the Feed tab: the keys of its Post buttons, top first."""
    day_one(app, "the_list")
    press(app, pygame.K_2, frames=20)  # Feed
    return [k for k in focus_keys(app) if k.startswith("post ")]


def _card_of(app: App, post_id: str) -> Card:
    text = app.top.session.level.posts[post_id].text
    return next(c for c in app.top.phones["Feed"].cards if text in c.row.markup)


def test_the_post_button_under_a_written_post_stays_where_it_was(game_app: App) -> None:
    first, second = _feed(game_app)[:2]
    below = button(game_app, second).get_abs_rect().topleft
    click(game_app, button(game_app, first))
    assert first.split()[1] in game_app.top.world.posted
    assert button(game_app, second).get_abs_rect().topleft == below


def test_a_written_post_says_done_where_its_button_was(game_app: App) -> None:
    first = _feed(game_app)[0]
    click(game_app, button(game_app, first))
    card = _card_of(game_app, first.split()[1])
    assert not card.items and first not in focus_keys(game_app)
    assert [w for w in card.widgets if getattr(w, "html_text", "") == "Done"]


def test_the_next_morning_a_written_post_is_only_among_your_posts(game_app: App) -> None:
    first = _feed(game_app)[0]
    click(game_app, button(game_app, first))
    to_the_next_morning(game_app)
    press(game_app, pygame.K_2, frames=20)
    cards = [c.row.markup for c in game_app.top.phones["Feed"].cards]
    text = game_app.top.session.level.posts[first.split()[1]].text
    written = [m for m in cards if text in m]
    assert len(written) == 1
    assert cards.index("<b>Your posts</b>") < cards.index(written[0])
