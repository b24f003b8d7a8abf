"""Citizen Score 2020 answers a player who stays out of the beta: on days 2 and 4 the news
says what staying out means, so the quiet first days are not silent."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from tests.ui.drive import end_the_day, focus_on, press, start_level

if TYPE_CHECKING:
    from game.ui.app import App


def _news_by_day(app: App, answer: str) -> dict[int, list[str]]:
    """Answer the beta question with `answer`, then end days 1-3 at once; the Today panel
    of each morning."""
    start_level(app, "citizen_score_2020")
    press(app, pygame.K_RETURN)  # Start day 1
    focus_on(app, answer)
    press(app, pygame.K_RETURN)
    news: dict[int, list[str]] = {1: list(app.top.log)}
    for day in range(2, 5):
        end_the_day(app)
        while app.top.name != "day":
            press(app, pygame.K_RETURN)
        news[day] = list(app.top.log)
    return news


def _told(news: list[str], headline: str) -> bool:
    return any(line.startswith(headline) for line in news)


def test_a_player_who_stayed_out_hears_from_lan_on_day_two_and_is_told_on_day_four(
    game_app: App,
) -> None:
    news = _news_by_day(game_app, "\u2611 Stay out until it is mandatory")
    assert _told(news[2], "Lan at the office")
    assert _told(news[4], "Your last day outside")


def test_a_player_who_joined_the_beta_is_not_told_they_stayed_out(game_app: App) -> None:
    news = _news_by_day(game_app, "\u2610 Join the beta")
    assert not any(_told(day, "Lan at the office") for day in news.values())
    assert not any(_told(day, "Your last day outside") for day in news.values())
