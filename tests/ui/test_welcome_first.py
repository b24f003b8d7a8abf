"""On the tutorial's first day at the smallest window, the welcome comes right under the
score, whole in view, before the goals."""

from __future__ import annotations

from collections.abc import Iterator
from html import escape
from typing import TYPE_CHECKING

import pygame
import pytest

from game.core import events as ev
from game.ui import present
from tests.ui.drive import day_one

if TYPE_CHECKING:
    from game.ui.app import App


@pytest.fixture
def small_app() -> Iterator[App]:
    from game.ui.app import App

    application = App((1024, 600))
    yield application
    pygame.quit()


def test_the_tutorial_welcome_leads_the_left_panel_whole_in_view_at_1024x600(
    small_app: App,
) -> None:
    app = small_app
    day = day_one(app, "sesame_garden")
    assert day.left is not None
    level = day.session.level
    welcome = next(e for e in day.session.events if isinstance(e, ev.BulletinShown))
    line = f"\u2022 {escape(present.event_line(level, welcome) or '')}"
    cards = day.left.cards
    first = next(i for i, c in enumerate(cards) if c.row.markup == line)
    goals = next(i for i, c in enumerate(cards) if c.row.markup.startswith("<b>Your goals"))
    assert first < goals
    view = day.left.box.get_abs_rect()
    for widget in cards[first].widgets:
        assert view.contains(widget.get_abs_rect()), f"{widget.get_abs_rect()} not in {view}"
