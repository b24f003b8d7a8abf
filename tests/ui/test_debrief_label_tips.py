"""The turning points' evidence labels ("(+0.04) [Fiction]") explain themselves as labels do
elsewhere: a tip on hovering the label, and a stop for Tab that shows the same tip. They were
plain text on the debrief's first screen."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pygame
import pytest

from game.ui.label_tips import LabelSpot, label_rect, labels_in, linkify
from tests.ui.drive import FRAME, open_debrief, press

if TYPE_CHECKING:
    from game.ui.app import App


def _settled(app: App) -> None:
    open_debrief(app, "nosedive")
    for _ in range(400):
        app.tick(FRAME)
        if app.top.costs_done:
            break
    app.tick(FRAME)


@pytest.fixture
def debrief() -> Iterator[App]:
    from game.ui.app import App
    from game.ui.store import Settings

    app = App((1280, 720), Settings(text_scale=100))
    _settled(app)
    yield app
    pygame.quit()


def _tab_to_a_label(app: App) -> LabelSpot:
    for _ in range(len(app.top.focus.items)):
        press(app, pygame.K_TAB)
        if isinstance(app.top.focus.focused(), LabelSpot):
            return app.top.focus.focused()
    raise AssertionError("Tab never landed on a label")


def test_hovering_a_turning_points_label_shows_what_it_means(debrief: App):
    box = debrief.top.points_box
    text = box.html_text
    assert text.index("evidence:fiction") < text.index("What moved"), "not a turning point's"
    spot = label_rect(box, "fiction")
    assert spot is not None, "the turning point's label is not a link"
    pygame.mouse.set_pos(spot.center)
    pygame.event.post(
        pygame.event.Event(pygame.MOUSEMOTION, pos=spot.center, rel=(0, 0), buttons=(0, 0, 0))
    )
    for _ in range(2):
        debrief.tick(FRAME)
    assert debrief.tip.key == "fiction"


def test_tab_lands_on_a_turning_points_label_and_shows_its_tip(debrief: App):
    spot = _tab_to_a_label(debrief)
    debrief.tick(FRAME)
    assert spot.key == "fiction" and debrief.tip.key == "fiction"
    box = debrief.top.points_box
    assert spot.get_abs_rect() == label_rect(box, "fiction")
    assert box.get_abs_rect().contains(spot.get_abs_rect())
    tip = debrief.tip.rect(debrief.kit, debrief.screen.get_size())
    assert not tip.colliderect(spot.get_abs_rect()), "the tip covers the label it explains"


def test_with_large_text_a_focused_label_is_scrolled_into_the_column_and_tipped(
    small_big_text: App,
):
    app = small_big_text
    _settled(app)
    assert app.top.stacked
    spot = _tab_to_a_label(app)
    app.tick(FRAME)
    assert app.tip.key == spot.key
    assert app.top.layout["column"].contains(spot.get_abs_rect())


def test_a_label_kept_on_one_line_by_a_no_break_space_is_a_link_too():
    line = "report' (+15) [Game\u00a0abstraction], and 'Keep your data' was missed."
    assert "<a href='evidence:game'>" in linkify(line)
    assert labels_in(line) == ["game"]


def test_sesames_turning_point_on_the_spending_report_shows_its_tip_by_tab():
    from game.ui.app import App
    from game.ui.store import Settings

    app = App((1280, 720), Settings(text_scale=100))
    try:
        open_debrief(app, "sesame_garden")
        for _ in range(400):
            app.tick(FRAME)
            if app.top.costs_done:
                break
        assert "label:game" in [k for k, _, _ in app.top.focus.items]
        while app.top.focus.current_key() != "label:game":
            press(app, pygame.K_TAB)
        app.tick(FRAME)
        assert app.tip.key == "game"
    finally:
        pygame.quit()
