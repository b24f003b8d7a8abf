"""A briefing whose cards fit its page has no scroll bar: the gap left under the last card
made The List's page a few pixels taller than its box, with a bar that scrolled by two."""

from __future__ import annotations

from pygame_gui.elements import UIScrollingContainer

from tests.ui.drive import start_level


def _page_box(app) -> UIScrollingContainer:
    return next(w for w in app.top.widgets if isinstance(w, UIScrollingContainer))


def test_the_lists_briefing_fits_its_page_without_a_scroll_bar(game_app):
    start_level(game_app, "the_list")
    box = _page_box(game_app)
    last = max(e.get_relative_rect().bottom for e in box.get_container().elements if e.visible)
    assert last <= box.get_relative_rect().height, "the cards do not fit: pick another window"
    assert box.vert_scroll_bar is None or not box.vert_scroll_bar_active
