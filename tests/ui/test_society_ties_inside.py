"""The faint lines that join friends on the society page stay inside the view's box: a
line to a citizen past the edge of the scores shown ran on over the page's margin."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.ui.drive import FRAME, button, click, open_debrief

if TYPE_CHECKING:
    from game.ui.app import App


def _outside_marks(app: App) -> list[tuple[int, int]]:
    """Pixels beside the view, in the page's margins, that are not the page's background."""
    rect = app.top.layout["society"]
    screen = app.screen
    background = screen.get_at((rect.right + 2, rect.top - 4))
    marks = []
    for y in range(rect.top + 8, rect.bottom - 8, 2):
        for x in [*range(0, rect.left - 1), *range(rect.right + 1, screen.get_width())]:
            if screen.get_at((x, y)) != background:
                marks.append((x, y))
    return marks


def test_the_lines_between_friends_are_drawn_inside_the_society_view(game_app):
    open_debrief(game_app, "citizen_score_2020", "conformist")
    click(game_app, button(game_app, "page:society"))
    view = game_app.top.society_view
    marks = []
    for frame in range(400):  # while the model runs, its few outliers on the scale's edges
        game_app.tick(FRAME)
        if frame % 5 == 0:
            marks += _outside_marks(game_app)
        if view.done:
            break
    assert view.done
    assert not marks, marks[:5]


def test_the_ringed_dot_on_the_floor_of_the_scale_stays_inside_the_view(game_app):
    open_debrief(game_app, "citizen_score_2020", "dissident")  # ends on the lowest score
    click(game_app, button(game_app, "page:society"))
    for _ in range(30):  # the first days computed and the dots in their places
        game_app.tick(FRAME)
    assert game_app.top.society_view.society is not None
    assert not _outside_marks(game_app), _outside_marks(game_app)[:5]
