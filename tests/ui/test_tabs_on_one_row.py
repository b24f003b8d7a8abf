"""With 200% text on a 1024x600 window the phone's five tabs stay on one row (their buttons
pad their names less): on two rows, Score alone on the second, they took a row's height
from a list that showed barely one card."""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from game.ui.scenes.tabs import TABS
from tests.ui.drive import button, day_one

if TYPE_CHECKING:
    from game.ui.app import App


def test_the_five_tabs_share_one_row_at_200_percent_on_1024x600(small_big_text: App) -> None:
    day = day_one(small_big_text, "sesame_garden")
    rects = [button(small_big_text, f"tab:{t}").get_abs_rect() for t in TABS]
    assert len({r.top for r in rects}) == 1
    assert all(day.phone_rect.contains(r) for r in rects)
    assert all(a.right < b.left for a, b in pairwise(rects))
    names = [day.text_width(t) for t in TABS]
    assert all(r.width >= n + 12 for r, n in zip(rects, names, strict=True))
