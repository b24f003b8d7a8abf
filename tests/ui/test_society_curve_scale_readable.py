"""The society page's small charts name their top ("23%") in the plot's top left corner,
where a curve near its top ran: Citizen Score 2020's critical-posting curve, starting high,
was drawn through the figure on a 1024x600 window with text at 200%. The figure now sits on
a plate of the plot's colour, the curve passing behind it."""

from __future__ import annotations

import pygame

from tests.ui.drive import FRAME, focus_on, open_debrief, press


def test_no_curve_is_drawn_over_its_chart_s_top_figure(small_big_text) -> None:
    app = small_big_text
    open_debrief(app, "citizen_score_2020")
    focus_on(app, "page:society")
    press(app, pygame.K_RETURN, frames=5)
    view = app.top.society_view
    assert view is not None
    for _ in range(600):
        if view.done:
            break
        app.tick(FRAME)
    assert view.done
    app.tick(FRAME)
    accent = pygame.Color(app.kit.colours.accent)
    assert view.scale_boxes
    for box in view.scale_boxes:
        crossed = [
            (x, y)
            for x in range(box.left, box.right)
            for y in range(box.top, box.bottom)
            if app.screen.get_at((x, y))[:3] == accent[:3]
        ]
        assert not crossed, (box, crossed[:5])
