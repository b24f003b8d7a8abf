"""A label's meaning shown beside a focused button stays inside the phone: on the smallest
window, and with large text, the tip beside a Services button ran left over the gauge and the
left panel's score line."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pygame
import pytest

from tests.ui.drive import FRAME, day_one, focus_on, press

if TYPE_CHECKING:
    from game.ui.app import App


def _app(size: tuple[int, int], scale: int) -> Iterator[App]:
    from game.ui.app import App
    from game.ui.store import Settings

    application = App(size, Settings(text_scale=scale))
    yield application
    pygame.quit()


@pytest.fixture(params=[((1024, 600), 100), ((1280, 720), 175)], ids=["smallest", "large-text"])
def sized(request: pytest.FixtureRequest) -> Iterator[App]:
    yield from _app(*request.param)


def test_the_tip_beside_a_services_button_stays_inside_the_phone(sized: App) -> None:
    app = sized
    day = day_one(app, "gig_street")
    press(app, pygame.K_4, frames=5)  # Services: every card has a [Game abstraction] label
    focus_on(app, "apply day_shift")
    for _ in range(5):
        app.tick(FRAME)
    assert app.tip.key == "game"
    tip = app.tip.rect(app.kit, app.screen.get_size())
    assert day.phone_rect.contains(tip), (tip, day.phone_rect)
    assert not tip.colliderect(app.top.focus.focused().get_abs_rect())
