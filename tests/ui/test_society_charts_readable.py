"""On the smallest window with the largest text, the society page's charts keep room for
their curves: side by side they were 30 pixels high, under a scale label of 22 pixels
drawn over the curve. They now show one at a time (Next chart), each taller."""

from __future__ import annotations

from tests.ui.drive import FRAME, button, click, focus_keys, open_debrief


def _plot_height(view) -> int:
    layout = view._layout()
    area = layout.curves[0]
    return area.bottom - (area.top + view._px(16) * layout.rows) - 10


def test_the_society_charts_are_tall_enough_to_read_at_200_percent_on_1024x600(small_big_text):
    app = small_big_text
    open_debrief(app, "citizen_score_2020")
    click(app, button(app, "page:society"))
    app.tick(FRAME)
    view = app.top.society_view
    assert _plot_height(view) >= 2 * view._px(11) + 8
    assert view._layout().network.height >= 2 * view._px(13)
    assert "Next chart" in focus_keys(app)


def test_the_society_charts_stay_side_by_side_at_normal_text(game_app):
    open_debrief(game_app, "citizen_score_2020")
    click(game_app, button(game_app, "page:society"))
    assert not game_app.top.society_view.paged
    assert "Next chart" not in focus_keys(game_app)
